package nl.samenboek.app.aanbeveling;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The uitvoeringsagenda on any peildatum and bekendOp (docs/uitvoeringsagenda.md). Every scenario uses its own letter, because the
 * recommendations are shared by all integration tests.
 */
class UitvoeringsagendaIT extends IntegratieTest {

    @Test
    void deVierentwintigAanbevelingenMetCategorieEnDeadlineUitDeNota() {
        JsonNode aanbevelingen = als("raad", "lisse").get("/aanbevelingen?peildatum=2024-11-01").json();
        assertThat(aanbevelingen).hasSize(24);
        List<String> letters = new java.util.ArrayList<>();
        aanbevelingen.forEach(a -> letters.add(a.get("letter").asText()));
        assertThat(letters).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
                "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X");
        aanbevelingen.forEach(a -> {
            assertThat(a.get("historie").isArray()).as("elke aanbeveling met haar geschiedenis").isTrue();
            assertThat(a.get("beoogdResultaat").asText()).isNotBlank();
        });
        JsonNode een = als("raad", "lisse").get("/aanbevelingen/C?peildatum=2024-11-01").json();
        assertThat(een.get("letter").asText()).isEqualTo("C");
        assertThat(een.get("status").asText()).isEqualTo(een.at("/stand/status").asText());
        assertThat(een.get("deadline").asText()).isEqualTo("2025-03-31");
        Map<String, JsonNode> perLetter = new HashMap<>();
        aanbevelingen.forEach(a -> perLetter.put(a.get("letter").asText(), a));
        assertThat(perLetter.get("A").get("categorie").asText()).isEqualTo("institutioneel");
        assertThat(perLetter.get("A").get("deadline").isNull()).isTrue();
        assertThat(perLetter.get("C").get("categorie").asText()).isEqualTo("instrumenteel");
        assertThat(perLetter.get("C").get("deadline").asText()).isEqualTo("2025-03-31");
        assertThat(perLetter.get("B").get("categorie").asText()).isEqualTo("inhoudelijk");
        assertThat(perLetter.get("V").get("deadline").asText()).isEqualTo("2025-12-31");
        assertThat(perLetter.get("W").get("status").asText()).isEqualTo("niet-gestart");
        assertThat(als("auditor").get("/aanbevelingen?peildatum=2024-10-21").json()).as("voor de nota bestonden ze niet").isEmpty();
        assertThat(als("auditor").get("/aanbevelingen/Z").status()).isEqualTo(404);
    }

    @Test
    void eenRealisatieNaDePeildatumTeltNiet() {
        melding("G", "gerealiseerd", "2025-05-01", "Synchronisatie-instrumentarium vastgesteld");
        assertThat(status("G", "2025-04-30")).isEqualTo("niet-gestart");
        assertThat(status("G", "2025-05-01")).isEqualTo("gerealiseerd");
        assertThat(als("directie").post("/aanbevelingen/G/voortgangsmeldingen",
                Map.of("soort", "gerealiseerd", "datum", "2025-05-02", "toelichting", "nog eens")).status()).isEqualTo(409);
    }

    @Test
    void eenUitstelbesluitToontUitgesteldTotDeNieuweDeadlineVerstrijkt() {
        Klant.Antwoord besluit = als("bestuur").post("/aanbevelingen/M/uitstelbesluiten",
                Map.of("datum", "2025-09-01", "nieuweDeadline", "2025-12-31", "reden", "SDG-aansluiting vraagt raadsbesluit"));
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(200);
        assertThat(status("M", "2025-08-31")).isEqualTo("niet-gestart");
        assertThat(status("M", "2025-10-15")).isEqualTo("uitgesteld");
        assertThat(agendaregel("M", "2025-10-15").get("deadline").asText()).isEqualTo("2025-12-31");
        assertThat(agendaregel("M", "2025-10-15").get("oorspronkelijkeDeadline").asText()).isEqualTo("2025-09-30");
        assertThat(status("M", "2026-01-01")).isEqualTo("te-laat");
        assertThat(als("directie").post("/aanbevelingen/M/uitstelbesluiten",
                Map.of("datum", "2025-09-01", "nieuweDeadline", "2026-12-31", "reden", "x")).status()).isEqualTo(403);
    }

    @Test
    void eenVervalbesluitToontVervallen() {
        assertThat(als("bestuur").post("/aanbevelingen/Q/vervalbesluiten", Map.of("datum", "2025-11-01", "reden", "Opgegaan in D")).status())
                .isEqualTo(200);
        assertThat(status("Q", "2025-10-31")).isEqualTo("niet-gestart");
        assertThat(status("Q", "2025-11-01")).isEqualTo("vervallen");
        assertThat(status("Q", "2027-01-01")).isEqualTo("vervallen");
        assertThat(als("directie").post("/aanbevelingen/Q/voortgangsmeldingen",
                Map.of("soort", "voortgang", "datum", "2025-11-02", "toelichting", "toch")).status()).isEqualTo(409);
    }

    @Test
    void drieGezamenlijkeCollegevergaderingenVoldoenAanDrieKeerPerJaar() {
        for (String datum : List.of("2025-02-10", "2025-05-20", "2025-09-15")) {
            Klant.Antwoord bijeenkomst = als("bestuur").post("/bijeenkomsten", Map.of("soort", "gezamenlijke-colleges", "datum", datum,
                    "gemeenten", List.of("hillegom", "lisse", "teylingen"), "onderwerp", "Eigenaarschap HLTsamen"));
            assertThat(bijeenkomst.status()).as(bijeenkomst.toString()).isEqualTo(201);
            assertThat(bijeenkomst.kop("Location")).startsWith("/api/v1/bijeenkomsten/");
        }
        JsonNode halverwege = agendaregel("A", "2025-06-30").get("terugkerend");
        assertThat(halverwege.get("vereist").asInt()).isEqualTo(3);
        assertThat(halverwege.get("gehouden").asInt()).isEqualTo(2);
        assertThat(halverwege.get("periode").asText()).isEqualTo("2025");
        assertThat(halverwege.get("voldaan").asBoolean()).isFalse();
        JsonNode eindeJaar = agendaregel("A", "2025-12-31").get("terugkerend");
        assertThat(eindeJaar.get("gehouden").asInt()).isEqualTo(3);
        assertThat(eindeJaar.get("voldaan").asBoolean()).isTrue();
        assertThat(agendaregel("E", "2025-12-31").get("terugkerend").get("gehouden").asInt()).as("raden tellen apart").isZero();
        assertThat(agendaregel("C", "2025-12-31").get("terugkerend").isNull()).isTrue();
    }

    @Test
    void bekendOpVoorEenMeldingVerbergtHaar() throws InterruptedException {
        Instant ervoor = Instant.now();
        Thread.sleep(5);
        melding("T", "gestart", "2025-03-01", "Beleidskader in voorbereiding");
        assertThat(status("T", "2025-06-01")).isEqualTo("gestart");
        JsonNode toen = als("auditor").get("/uitvoeringsagenda?peildatum=2025-06-01&bekendOp=" + ervoor).json();
        assertThat(toen.get("bekendOp").asText()).isEqualTo(ervoor.toString());
        JsonNode regel = regel(toen, "T");
        assertThat(regel.get("status").asText()).isEqualTo("niet-gestart");
        assertThat(regel.get("laatsteVoortgang").isNull()).isTrue();
        JsonNode historie = als("auditor").get("/aanbevelingen/T?peildatum=2025-06-01").json().get("historie");
        assertThat(historie).hasSize(1);
        assertThat(historie.get(0).get("toelichting").asText()).isEqualTo("Beleidskader in voorbereiding");
    }

    @Test
    void gekoppeldeOpdrachtenEnHunUrenStaanBijHunLetter() {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag("Gezamenlijke rekenkamer", "lisse"));
        aanvraag.put("aanbevelingen", List.of("H"));
        String id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of());
        directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2025, "uren", 40));
        JsonNode lisse = regel(als("raad", "lisse").get("/uitvoeringsagenda").json(), "H");
        List<String> ids = new java.util.ArrayList<>();
        lisse.get("opdrachten").forEach(o -> ids.add(o.asText()));
        assertThat(ids).contains(id);
        assertThat(lisse.get("uren").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("40"));
        // another gemeente's raad sees the hours, not the id of an opdracht that concerns only Lisse
        JsonNode hillegom = regel(als("raad", "hillegom").get("/uitvoeringsagenda").json(), "H");
        List<String> zichtbaar = new java.util.ArrayList<>();
        hillegom.get("opdrachten").forEach(o -> zichtbaar.add(o.asText()));
        assertThat(zichtbaar).doesNotContain(id);
        assertThat(hillegom.get("uren").decimalValue()).isEqualByComparingTo(lisse.get("uren").decimalValue());
    }

    @Test
    void opEenAanbevelingVanDeSamenwerkingMeldenAlleenDeDirectieEnHetBestuur() {
        assertThat(als("college", "lisse").post("/aanbevelingen/I/voortgangsmeldingen",
                Map.of("soort", "gestart", "datum", "2025-02-01", "toelichting", "x")).status()).isEqualTo(403);
        Klant.Antwoord fout = als("bestuur").post("/aanbevelingen/I/voortgangsmeldingen", Map.of("soort", "klaar", "datum", "2025-02-01"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.ongeldigeVelden()).contains("soort");
        Klant.Antwoord zonderToelichting = als("bestuur").post("/aanbevelingen/I/voortgangsmeldingen", Map.of("soort", "gestart", "datum", "2025-02-01"));
        assertThat(zonderToelichting.ongeldigeVelden()).containsExactly("toelichting");
    }

    /**
     * Acceptance, steps: V's tijdpad has three stappen (input 2025, output 2027, outcome 2030: nota, Bijlage I). After its
     * first stap is realised V is gestart, not te-laat, until the deadline of its second passes undone; it takes
     * progress in between, and is gerealiseerd only after its last stap.
     */
    @Test
    void vIsNaHaarEersteStapGestartTotDeTweedeVerstrijktEnPasNaDeLaatsteGerealiseerd() throws InterruptedException {
        ok(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2025-11-15",
                "toelichting", "Concernplan en teamwerkplannen 2026 contracteren op uren", "stap", 1)));
        JsonNode begin2026 = agendaregel("V", "2026-01-01");
        assertThat(begin2026.get("status").asText()).isEqualTo("gestart");
        assertThat(begin2026.get("deadline").asText()).as("de vroegste open stap").isEqualTo("2027-12-31");
        assertThat(begin2026.get("oorspronkelijkeDeadline").asText()).isEqualTo("2027-12-31");
        JsonNode stappen = begin2026.get("stappen");
        assertThat(stappen).hasSize(3);
        assertThat(stappen.get(0).get("nummer").asInt()).isEqualTo(1);
        assertThat(stappen.get(0).get("status").asText()).isEqualTo("gerealiseerd");
        assertThat(stappen.get(0).get("omschrijving").asText()).startsWith("Input op uren");
        assertThat(stappen.get(1).get("deadline").asText()).isEqualTo("2027-12-31");
        assertThat(stappen.get(2).get("deadline").asText()).isEqualTo("2030-12-31");
        assertThat(begin2026.get("perGemeente").isNull()).as("V volgt de samenwerking als geheel").isTrue();

        // progress in between concerns the earliest open stap: output
        ok(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2026-06-01",
                "toelichting", "Eerste outputafspraken in de begroting 2027")));
        JsonNode juli = als("auditor").get("/aanbevelingen/V?peildatum=2026-07-01").json();
        assertThat(juli.get("status").asText()).isEqualTo("gestart");
        assertThat(juli.at("/stappen/1/status").asText()).isEqualTo("gestart");
        JsonNode historie = juli.get("historie");
        assertThat(historie.get(historie.size() - 1).get("stap").asInt()).isEqualTo(2);
        assertThat(status("V", "2028-01-01")).as("de output-stap van 2027 is voorbij en niet gerealiseerd").isEqualTo("te-laat");

        Klant.Antwoord onbekend = als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "voortgang",
                "datum", "2026-06-02", "toelichting", "x", "stap", 4));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.ongeldigeVelden()).containsExactly("stap");
        weigert(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2026-06-02",
                "toelichting", "x", "stap", 1)), 409, "aanbeveling.stap-gerealiseerd");

        String voorOutput = Instant.now().toString();
        Thread.sleep(5);
        ok(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2026-11-30",
                "toelichting", "Alle teamwerkplannen SMART op output")));
        assertThat(status("V", "2028-01-01")).isEqualTo("gestart");
        assertThat(agendaregel("V", "2028-01-01").get("deadline").asText()).isEqualTo("2030-12-31");
        assertThat(regel(als("auditor").get("/uitvoeringsagenda?peildatum=2028-01-01&bekendOp=" + voorOutput).json(), "V")
                .get("status").asText()).as("zoals bekend vóór de output gerealiseerd werd").isEqualTo("te-laat");
        assertThat(status("V", "2031-01-01")).isEqualTo("te-laat");
        assertThat(regel(als("auditor").get("/uitvoeringsagenda").json(), "V").get("status").asText()).isNotEqualTo("gerealiseerd");

        ok(als("bestuur").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2026-12-01",
                "toelichting", "Contracteren op outcome in de begroting 2027", "stap", 3)));
        JsonNode nu = als("auditor").get("/aanbevelingen/V").json();
        assertThat(nu.get("status").asText()).isEqualTo("gerealiseerd");
        nu.get("stappen").forEach(stap -> assertThat(stap.get("status").asText()).isEqualTo("gerealiseerd"));
        weigert(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2026-12-01",
                "toelichting", "nog meer")), 409, "aanbeveling.gerealiseerd-is-definitief");
    }

    /**
     * Per gemeente: N (integriteitsbeleid) is realised by each gemeente for itself, stap by stap; a college reports for
     * its own gemeente only; the letter rolls up (gerealiseerd when every gemeente is, te-laat when any is, else the
     * least advanced).
     */
    @Test
    void nWordtPerGemeenteGerealiseerdEnRoltOp() {
        ok(college("lisse").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2025-10-01",
                "toelichting", "Gedragscode raad en college Lisse vastgesteld", "gemeente", "lisse")));
        weigert(college("lisse").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gestart", "datum", "2025-10-01",
                "toelichting", "x", "gemeente", "hillegom")), 403, "aanbeveling.eigen-gemeente");
        Klant.Antwoord zonderGemeente = college("lisse").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gestart",
                "datum", "2025-10-01", "toelichting", "x"));
        assertThat(zonderGemeente.status()).isEqualTo(400);
        assertThat(zonderGemeente.ongeldigeVelden()).containsExactly("gemeente");
        weigert(college("lisse").post("/aanbevelingen/C/voortgangsmeldingen", Map.of("soort", "gestart", "datum", "2025-10-01",
                "toelichting", "x", "gemeente", "lisse")), 403, "aanbeveling.college-alleen-per-gemeente");
        assertThat(als("raad", "lisse").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gestart", "datum", "2025-10-01",
                "toelichting", "x", "gemeente", "lisse")).status()).isEqualTo(403);
        Klant.Antwoord nietPerGemeente = als("directie").post("/aanbevelingen/C/voortgangsmeldingen", Map.of("soort", "gestart",
                "datum", "2025-10-01", "toelichting", "x", "gemeente", "lisse"));
        assertThat(nietPerGemeente.ongeldigeVelden()).containsExactly("gemeente");

        JsonNode november = agendaregel("N", "2025-11-01");
        assertThat(november.at("/perGemeente/lisse/status").asText()).isEqualTo("gestart");
        assertThat(november.at("/perGemeente/lisse/laatsteVoortgang/soort").asText()).isEqualTo("gerealiseerd");
        assertThat(november.at("/perGemeente/hillegom/status").asText()).isEqualTo("niet-gestart");
        assertThat(november.get("status").asText()).as("de minst gevorderde gemeente").isEqualTo("niet-gestart");
        assertThat(status("N", "2026-01-01")).as("Hillegom en Teylingen te laat met stap 1").isEqualTo("te-laat");

        // the directie reports for every gemeente at once: stap 1, which Hillegom and Teylingen still had open
        ok(als("directie").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2025-12-15",
                "toelichting", "Integriteitsbeleid in alle drie de raden vastgesteld")));
        assertThat(status("N", "2026-01-01")).isEqualTo("gestart");
        ok(college("teylingen").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2026-06-01",
                "toelichting", "Implementatie gestart in Teylingen", "gemeente", "teylingen")));
        weigert(college("teylingen").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2026-06-02",
                "toelichting", "x", "gemeente", "teylingen", "stap", 2)), 409, "aanbeveling.stap-gerealiseerd");
        JsonNode juli = agendaregel("N", "2026-07-01");
        assertThat(juli.at("/perGemeente/teylingen/status").asText()).isEqualTo("gerealiseerd");
        assertThat(juli.at("/perGemeente/teylingen/stappen/1/status").asText()).isEqualTo("gerealiseerd");
        assertThat(juli.get("status").asText()).isEqualTo("gestart");
        assertThat(status("N", "2027-01-01")).isEqualTo("te-laat");

        ok(als("bestuur").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2026-11-20",
                "toelichting", "Implementatie gestart in Hillegom", "gemeente", "hillegom")));
        assertThat(regel(als("auditor").get("/uitvoeringsagenda").json(), "N").get("status").asText())
                .as("Lisse nog niet").isNotEqualTo("gerealiseerd");
        ok(college("lisse").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "gerealiseerd", "datum", "2026-11-25",
                "toelichting", "Implementatie gestart in Lisse", "gemeente", "lisse")));
        JsonNode n = als("raad", "hillegom").get("/aanbevelingen/N").json();
        assertThat(n.get("status").asText()).isEqualTo("gerealiseerd");
        n.get("perGemeente").forEach(g -> assertThat(g.get("status").asText()).isEqualTo("gerealiseerd"));
        assertThat(als("auditor").get("/aanbevelingen/C").json().get("perGemeente").isNull()).isTrue();
        weigert(als("directie").post("/aanbevelingen/N/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2026-11-26",
                "toelichting", "nog meer")), 409, "aanbeveling.gerealiseerd-is-definitief");
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
    }

    private static void weigert(Klant.Antwoord antwoord, int status, String regel) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        assertThat(antwoord.json().get("regel").asText()).isEqualTo(regel);
    }

    private void melding(String letter, String soort, String datum, String toelichting) {
        Klant.Antwoord antwoord = als("directie").post("/aanbevelingen/" + letter + "/voortgangsmeldingen",
                Map.of("soort", soort, "datum", datum, "toelichting", toelichting));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
    }

    private String status(String letter, String peildatum) {
        return agendaregel(letter, peildatum).get("status").asText();
    }

    private JsonNode agendaregel(String letter, String peildatum) {
        JsonNode agenda = als("auditor").get("/uitvoeringsagenda?peildatum=" + peildatum).json();
        assertThat(agenda.get("peildatum").asText()).isEqualTo(peildatum);
        return regel(agenda, letter);
    }

    private static JsonNode regel(JsonNode agenda, String letter) {
        for (JsonNode regel : agenda.get("aanbevelingen")) {
            if (regel.get("letter").asText().equals(letter)) {
                return regel;
            }
        }
        throw new AssertionError("geen aanbeveling " + letter + " in " + agenda);
    }
}
