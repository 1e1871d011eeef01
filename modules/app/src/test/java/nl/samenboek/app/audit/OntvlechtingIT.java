package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.overdracht.Importherkomst;
import nl.samenboek.app.Opdrachtregel.Uitvoer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.samenboek.app.Opdrachtregel.samenboek;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ontvlechting (seed 003, seed 004): Lisse exports its grootboek, a fresh instance imports it with the CLI, and every
 * figure of Lisse — opdrachten, groeimodel, capaciteit, P&C documents, the grootboek head — is the same there. The
 * history is built in 2018, a year that belongs to this test: a maatwerk opdracht of Lisse at output level, a joint
 * opdracht with Teylingen, one of Hillegom alone (which must not travel), a tarief, and progress on recommendation V.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OntvlechtingIT extends IntegratieTest {

    private static final int JAAR = 2018;

    private String alleenHillegom;

    @BeforeAll
    void bouwGeschiedenis() {
        uitgegeven("mw-o1", "mw-o2");
        ok(als("beheerder").put("/tarieven/ontvlechting/" + JAAR, Map.of("tarief", 85)));
        String maatwerk = opdracht("lisse", "maatwerk", "Bollenstreekvisie Lisse", "lisse");
        ok(directie().post(pad(maatwerk, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(maatwerk, "toezeggingen"), Map.of("jaar", JAAR, "uren", 60)));
        ok(directie().post(pad(maatwerk, "urenregistraties"), Map.of("datum", JAAR + "-04-02", "uren", 7.5, "medewerker", "mw-o1")));
        Klant.Antwoord afspraak = college("lisse").post(pad(maatwerk, "outputafspraken"), Map.of("indicator", "Vastgestelde visie",
                "eenheid", "stuks", "streefwaarde", 1, "meetmoment", JAAR + "-12-31", "bron", "Raadsbesluit"));
        ok(afspraak);
        ok(directie().post(pad(maatwerk, "outputrealisaties"), Map.of("afspraak", afspraak.json().get("id").asText(), "waarde", 1,
                "peildatum", JAAR + "-11-30", "toelichting", "Vastgesteld in de raad van november")));

        String samen = opdracht("teylingen", "standaard", "Gezamenlijke bollenroute", "teylingen", "lisse");
        ok(college("lisse").post(pad(samen, "medeondertekeningen"), Map.of()));
        ok(directie().post(pad(samen, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(samen, "toezeggingen"), Map.of("jaar", JAAR, "uren", 90)));
        ok(directie().post(pad(samen, "urenregistraties"), Map.of("datum", JAAR + "-05-07", "uren", 12, "medewerker", "mw-o2")));

        alleenHillegom = opdracht("hillegom", "maatwerk", "Alleen voor Hillegom", "hillegom");
        ok(directie().post(pad(alleenHillegom, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(alleenHillegom, "toezeggingen"), Map.of("jaar", JAAR, "uren", 150)));
        // other tests may have ended V already (409); either way the agenda must read the same after the import
        assertThat(als("directie").post("/aanbevelingen/V/voortgangsmeldingen", Map.of("soort", "voortgang", "datum", "2025-09-01",
                "toelichting", "Groeimodel in de begroting 2026")).status()).isIn(200, 201, 409);
    }

    @Test
    void eenGemeenteNeemtHaarGeschiedenisMeeEnAlleFigurenBlijvenGelijk(@TempDir Path map) throws Exception {
        Path export = map.resolve("export");
        Uitvoer exporteer = samenboek("exporteer", "--url", "http://localhost:" + poort, "--gemeente", "lisse",
                "--data-dir", DATAMAP.toString(), "--uit", export.toString());
        assertThat(exporteer.code()).as(exporteer.tekst()).isZero();
        String bekendOp = Instant.now().toString();
        Map<String, JsonNode> voor = figuren(this::als, bekendOp);

        try (Applicatieproces nieuw = new Applicatieproces(map.resolve("nieuw")).met("SAMENBOEK_STARTGEGEVENS", "uit").start()) {
            Uitvoer importeer = samenboek("importeer", "--url", "http://localhost:" + nieuw.poort(), "--data-dir", map.resolve("nieuw").toString(),
                    "--bestand", export.resolve("grootboek-lisse.ndjson").toString(),
                    "--controlepunten", export.resolve("grootboek-lisse.checkpoints.json").toString(),
                    "--sleutels", export.resolve("grootboek-lisse.sleutels.json").toString(), "--stil");
            assertThat(importeer.code()).as(importeer.tekst()).isZero();
            assertThat(importeer.tekst()).contains("GEÏMPORTEERD: grootboek van lisse").contains("HERKOMST: controlepunt bij regel");

            Map<String, JsonNode> na = figuren(nieuw::als, bekendOp);
            assertThat(na.keySet()).isEqualTo(voor.keySet());
            assertThat(voor.get("capaciteit " + JAAR).get("aandeelUren").decimalValue())
                    .as("Lisse's share of all hours, Hillegom's 150 included").isEqualByComparingTo("0.3"); // 90 of 90 + 60 + 150
            assertThat(na.get("capaciteit " + JAAR).get("aandeelUren").decimalValue())
                    .as("after the import only the history that came along counts").isEqualByComparingTo("0.6"); // 90 of 90 + 60
            for (String wat : voor.keySet()) {
                assertThat(zonderSamenwerkingsaandeel(na.get(wat))).as(wat + " na de import")
                        .isEqualTo(zonderSamenwerkingsaandeel(voor.get(wat)));
            }
            assertThat(nieuw.als("directie", null).get("/opdrachten/" + alleenHillegom).status())
                    .as("een opdracht van alleen Hillegom reist niet mee").isEqualTo(404);

            Klant.Antwoord nogEens = nieuw.als("beheerder", null).met(Importherkomst.KOP, herkomst(export))
                    .stuur("POST", "/beheer/importen", "application/x-ndjson", Files.readString(export.resolve("grootboek-lisse.ndjson")));
            assertThat(nogEens.status()).as("een tweede import in een instantie met geschiedenis").isEqualTo(409);

            String id = nieuw.als("college", "lisse").post("/opdrachten", aanvraag("Na de ontvlechting", "lisse")).json().get("id").asText();
            assertThat(nieuw.als("directie", null).post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
            JsonNode verificatie = nieuw.als("auditor", null).get("/audit/gemeenten/lisse/verificatie").json();
            assertThat(verificatie.get("geldig").asBoolean()).isTrue();
            assertThat(verificatie.get("aantal").asLong()).isEqualTo(voor.get("grootboek").get("aantal").asLong() + 2);
        }
    }

    @Test
    void eenGewijzigdBestandWordtNietGeimporteerdEnLaatDeInstantieLeeg(@TempDir Path map) throws Exception {
        Path export = map.resolve("grootboek-lisse.ndjson");
        Files.writeString(export, als("auditor").get("/audit/gemeenten/lisse/export").tekst());
        List<String> regels = new ArrayList<>(Files.readAllLines(export));
        ObjectNode derde = (ObjectNode) Klant.JSON.readTree(regels.get(2));
        ((ObjectNode) derde.get("gebeurtenis")).put("tijdstip", "2016-01-01T00:00:00Z");
        regels.set(2, Klant.JSON.writeValueAsString(derde));
        Path vervalst = map.resolve("vervalst.ndjson");
        Files.write(vervalst, regels);

        JsonNode punt = als("auditor").get("/audit/gemeenten/lisse/checkpoints").json().at("/_embedded/checkpoints/0");
        Map<String, Object> sleutel = Klant.JSON.convertValue(als("auditor").get("/audit/sleutels").json().at("/keys/0"), Map.class);
        String echteHerkomst = Importherkomst.kop(Klant.JSON.treeToValue(punt, Controlepunt.class), sleutel);
        ObjectNode anderPunt = punt.deepCopy();
        anderPunt.put("aantal", punt.get("aantal").asLong() - 1);
        String vervalsteHerkomst = Importherkomst.kop(Klant.JSON.treeToValue(anderPunt, Controlepunt.class), sleutel);

        try (Applicatieproces nieuw = new Applicatieproces(map.resolve("nieuw")).met("SAMENBOEK_STARTGEGEVENS", "uit").start()) {
            Klant.Antwoord zonderHerkomst = nieuw.als("beheerder", null).stuur("POST", "/beheer/importen", "application/x-ndjson",
                    Files.readString(export));
            assertThat(zonderHerkomst.status()).as("een import vereist de herkomst").isEqualTo(400);
            assertThat(zonderHerkomst.ongeldigeVelden()).containsExactly(Importherkomst.KOP);
            Klant.Antwoord metVervalsteHerkomst = nieuw.als("beheerder", null).met(Importherkomst.KOP, vervalsteHerkomst)
                    .stuur("POST", "/beheer/importen", "application/x-ndjson", Files.readString(export));
            assertThat(metVervalsteHerkomst.status()).as("een controlepunt waarvan de handtekening niet klopt").isEqualTo(400);
            assertThat(metVervalsteHerkomst.json().at("/invalidParams/0/reason").asText()).contains("handtekening");

            Uitvoer cli = samenboek("importeer", "--url", "http://localhost:" + nieuw.poort(), "--data-dir", map.resolve("nieuw").toString(),
                    "--bestand", vervalst.toString(), "--stil");
            assertThat(cli.code()).as(cli.tekst()).isEqualTo(1);
            assertThat(cli.tekst()).contains("ONGELDIG vanaf volgnummer 3");

            Klant.Antwoord rechtstreeks = nieuw.als("beheerder", null).met(Importherkomst.KOP, echteHerkomst)
                    .stuur("POST", "/beheer/importen", "application/x-ndjson", String.join("\n", regels));
            assertThat(rechtstreeks.status()).as("de instantie controleert zelf ook").isEqualTo(400);
            assertThat(rechtstreeks.json().at("/invalidParams/0/name").asText()).isEqualTo("volgnummer[3]");
            assertThat(nieuw.als("auditor", null).get("/audit/gemeenten/lisse/export").status()).as("niets opgeslagen: geen Lisse").isEqualTo(404);
            assertThat(nieuw.als("auditor", null).get("/gemeenten").json().at("/_embedded/gemeenten")).isEmpty();

            Klant.Antwoord geenExport = nieuw.als("beheerder", null).met(Importherkomst.KOP, echteHerkomst)
                    .stuur("POST", "/beheer/importen", "application/x-ndjson", "{\"geen\":1}\n");
            assertThat(geenExport.status()).isEqualTo(400);
            assertThat(nieuw.als("college", "lisse").stuur("POST", "/beheer/importen", "application/x-ndjson", "").status()).isEqualTo(403);
        }
    }

    /** The Samenboek-Herkomst header from what {@code exporteer} kept: the newest checkpoint and the instance's key. */
    private static String herkomst(Path export) throws java.io.IOException {
        JsonNode punt = Klant.JSON.readTree(export.resolve("grootboek-lisse.checkpoints.json").toFile());
        JsonNode lijst = punt.isArray() ? punt : punt.path("_embedded").path("checkpoints");
        Map<String, Object> sleutel = Klant.JSON.convertValue(
                Klant.JSON.readTree(export.resolve("grootboek-lisse.sleutels.json").toFile()).at("/keys/0"), Map.class);
        return Importherkomst.kop(Klant.JSON.treeToValue(lijst.get(0), Controlepunt.class), sleutel);
    }

    /** Everything a controller or auditor reads about Lisse, as known at one instant. */
    private Map<String, JsonNode> figuren(Rolklant klanten, String bekendOp) {
        String tijd = "bekendOp=" + bekendOp;
        Map<String, JsonNode> figuren = new java.util.TreeMap<>();
        Klant college = klanten.als("college", "lisse");
        figuren.put("opdrachten", college.get("/opdrachten?gemeente=lisse&paginagrootte=100&" + tijd).json());
        for (JsonNode opdracht : figuren.get("opdrachten").at("/_embedded/opdrachten")) {
            String id = opdracht.get("id").asText();
            figuren.put("opdracht " + id, college.get("/opdrachten/" + id + "?" + tijd).json());
            figuren.put("gebeurtenissen " + id, college.get("/opdrachten/" + id + "/gebeurtenissen?paginagrootte=100").json());
        }
        for (int jaar : List.of(JAAR, 2025)) {
            figuren.put("groeimodel " + jaar, college.get("/groeimodel?gemeente=lisse&jaar=" + jaar + "&" + tijd).json());
            JsonNode capaciteit = college.get("/capaciteit?jaar=" + jaar + "&" + tijd).json();
            figuren.put("capaciteit " + jaar, lisse(capaciteit.get("gemeenten")));
            for (String soort : List.of("begroting", "najaarsnota", "jaarrekening")) {
                figuren.put(soort + " " + jaar, college.get("/pc-documenten/lisse/" + jaar + "/" + soort + "?" + tijd).json());
            }
        }
        JsonNode agenda = college.get("/uitvoeringsagenda?peildatum=2025-12-31&" + tijd).json();
        figuren.put("uitvoeringsagenda", agenda);
        figuren.put("grootboek", klanten.als("auditor", null).get("/audit/gemeenten/lisse/verificatie").json());
        return figuren;
    }

    /**
     * Lisse's share of all HLTsamen hours ({@code aandeelUren}) and its distance to the key ({@code afwijking}) are
     * relative to the other gemeenten's hours, which are not in Lisse's grootboek and do not travel with it. Every
     * other figure must be identical.
     */
    private static JsonNode zonderSamenwerkingsaandeel(JsonNode figuur) {
        JsonNode kopie = figuur.deepCopy();
        List<ObjectNode> capaciteit = new ArrayList<>();
        if (kopie.has("aandeelUren")) {
            capaciteit.add((ObjectNode) kopie);
        }
        if (kopie.path("capaciteit").isObject()) {
            capaciteit.add((ObjectNode) kopie.get("capaciteit"));
        }
        capaciteit.forEach(rij -> rij.remove(List.of("aandeelUren", "afwijking")));
        return alsGetallen(kopie);
    }

    /**
     * Numbers as numbers: the export carries each gebeurtenis in canonical JSON (RFC 8785), where 12.00 is written 12,
     * so a figure computed with two decimals (12.00) comes back from an import as 12 — the same figure.
     */
    private static JsonNode alsGetallen(JsonNode knoop) {
        if (knoop.isNumber()) {
            java.math.BigDecimal getal = knoop.decimalValue().stripTrailingZeros();
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(getal.scale() < 0 ? getal.setScale(0) : getal);
        }
        if (knoop.isObject()) {
            ObjectNode kopie = (ObjectNode) knoop.deepCopy();
            knoop.fieldNames().forEachRemaining(veld -> kopie.set(veld, alsGetallen(knoop.get(veld))));
            return kopie;
        }
        if (knoop.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode kopie = Klant.JSON.createArrayNode();
            knoop.forEach(element -> kopie.add(alsGetallen(element)));
            return kopie;
        }
        return knoop;
    }

    private static JsonNode lisse(JsonNode gemeenten) {
        for (JsonNode gemeente : gemeenten) {
            if ("lisse".equals(gemeente.path("gemeente").asText())) {
                return gemeente;
            }
        }
        throw new AssertionError("geen capaciteit voor lisse in " + gemeenten);
    }

    @FunctionalInterface
    private interface Rolklant {
        Klant als(String rol, String gemeente);
    }

    private String opdracht(String aanvrager, String soort, String titel, String... gemeenten) {
        Map<String, Object> aanvraag = new java.util.HashMap<>(aanvraag(titel, gemeenten));
        aanvraag.put("soort", soort);
        aanvraag.put("begrotingsjaar", JAAR);
        aanvraag.put("team", "ontvlechting");
        Klant.Antwoord antwoord = college(aanvrager).post("/opdrachten", aanvraag);
        ok(antwoord);
        return antwoord.json().get("id").asText();
    }

    private static String pad(String opdracht, String sub) {
        return "/opdrachten/" + opdracht + "/" + sub;
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isBetween(200, 201);
    }
}
