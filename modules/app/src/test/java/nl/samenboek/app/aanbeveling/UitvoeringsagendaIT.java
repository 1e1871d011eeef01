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
    void alleenDeDirectieOfHetBestuurMeldtVoortgang() {
        assertThat(als("college", "lisse").post("/aanbevelingen/I/voortgangsmeldingen",
                Map.of("soort", "gestart", "datum", "2025-02-01", "toelichting", "x")).status()).isEqualTo(403);
        Klant.Antwoord fout = als("bestuur").post("/aanbevelingen/I/voortgangsmeldingen", Map.of("soort", "klaar", "datum", "2025-02-01"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.ongeldigeVelden()).contains("soort");
        Klant.Antwoord zonderToelichting = als("bestuur").post("/aanbevelingen/I/voortgangsmeldingen", Map.of("soort", "gestart", "datum", "2025-02-01"));
        assertThat(zonderToelichting.ongeldigeVelden()).containsExactly("toelichting");
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
