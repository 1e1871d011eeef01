package nl.samenboek.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Klant;
import nl.samenboek.app.SamenboekApplication;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor through HTTP, across four years (docs/monitor.md): a normenkader for 2025, a nulmeting on 2025-12-31
 * adopted by all three raden, work in 2025 and 2028, a meting on 2028-06-30, and the evaluation dossier of 2028 for
 * each gemeente. It needs a samenwerking of its own — there is one nulmeting per samenwerking, and every indicator counts
 * all of its work — and a clock that lives through those years: so its own application context, with its own embedded
 * PostgreSQL and Mongo-compatible store, on a {@link Verstelbareklok} that stamps the events too.
 *
 * <h2>The figures, by hand</h2>
 * Tarief of team {@code monitor}: € 100 per hour in 2025 and 2028; werkplan 1,000 hours with 20 % ontwikkeltijd
 * (plannable 800) in both years. Verdeelsleutel 1:1:2 (hillegom 0.25, lisse 0.25, teylingen 0.5).
 * <ul>
 *     <li>2025: opdracht A (standaard, all three, sleutelproject) toegezegd 400 h → hillegom 100, lisse 100, teylingen
 *     200; an output afspraak (streefwaarde 10, meetmoment 2025-11-30) realised 12; 40 h registered (10/10/20).
 *     Opdracht B (maatwerk, lisse) toegezegd 100 h, 8 h registered.</li>
 *     <li>Nulmeting, peildatum 2025-12-31: toegezegd hillegom 100, lisse 200, teylingen 200 (500); besteed 10, 18, 20
 *     (48). kosten-per-toegezegd-uur 100.00 everywhere; besteed-tegen-toegezegd 0.1000 / 0.0900 / 0.1000 (0.0960);
 *     afspraken-behaald 1.0000; aandeel-maatwerk 0.0000 / 0.5000 / 0.0000 (0.2000); aandeel-output 1.0000 / 0.5000 /
 *     1.0000 (0.8000); verdeelsleutel-afwijking |0.2−0.25| = 0.0500 / |0.4−0.25| = 0.1500 / |0.4−0.5| = 0.1000 (max
 *     0.1500); aanbevelingen-te-laat 7 (C, G, M, R, S, W, X have a deadline before 2025-12-31).</li>
 *     <li>2028: opdracht C (standaard, all three) toegezegd 800 h → 200/200/400; an outcome afspraak (streefwaarde 70,
 *     meetmoment 2028-05-31) reported 60; 8 h registered (2/2/4).</li>
 *     <li>Meting, peildatum 2028-06-30: kosten-per-toegezegd-uur 100.00; besteed-tegen-toegezegd 0.0100;
 *     afspraken-behaald 0.0000 (60 &lt; 70); aandeel-maatwerk 0.0000; aandeel-output 1.0000; verdeelsleutel-afwijking
 *     0.0000; aanbevelingen-te-laat 19 (every letter with a deadline, none reported: all but A, B, E, L, P).</li>
 *     <li>Normenkader 2025: kosten-per-toegezegd-uur ≤ 90, besteed-tegen-toegezegd ≤ 1, afspraken-behaald ≥ 0.8,
 *     aandeel-maatwerk ≤ 0.2, aandeel-output ≥ 0.5, verdeelsleutel-afwijking ≤ 0.05, aanbevelingen-te-laat ≤ 5.</li>
 *     <li>Verdicts 2028 for lisse: kosten niet-behaald (100 &gt; 90), besteed behaald, afspraken niet-behaald (0 &lt; 0.8),
 *     maatwerk behaald (0 ≤ 0.2), output behaald, afwijking behaald (0 ≤ 0.05), te-laat niet-behaald (19 &gt; 5), the
 *     others geen-norm. For hillegom and teylingen the same 2028 verdicts (their 2028 values are the same); their
 *     nulwaarden differ: maatwerk 0.0000, output 1.0000, afwijking 0.0500 (hillegom) and 0.1000 (teylingen).</li>
 * </ul>
 */
@SpringBootTest(classes = SamenboekApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenboek.tijdreis.tussenstand-na=4")
@Import(MonitorscenarioIT.Klokconfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitorscenarioIT {

    private static final Path DATAMAP = maakDatamap();
    /** The application starts on 2 January 2025: its seed data is recorded then. */
    static final Verstelbareklok KLOK = new Verstelbareklok(Instant.parse("2025-01-02T08:00:00Z"));

    static {
        KLOK.installeerInAxon();
    }

    /**
     * Imported by this test only: deliberately not a {@code @Configuration}, which the application's component scan would
     * also pick up in every samenboek started as a process from the test classpath.
     */
    static class Klokconfig {
        @Bean
        @Primary
        Clock verstelbareKlok() {
            return KLOK;
        }
    }

    @DynamicPropertySource
    static void opslag(DynamicPropertyRegistry eigenschappen) {
        eigenschappen.add("samenboek.data-dir", DATAMAP::toString);
        eigenschappen.add("samenboek.mongo.embedded", () -> "geheugen");
    }

    @AfterAll
    static void herstelKlok() {
        Verstelbareklok.herstelAxon();
    }

    @LocalServerPort
    int poort;

    private static String opdrachtA;
    private static String opdrachtB;
    private static String opdrachtC;
    private static String nulmeting;
    private static String meting2028;
    private static String afspraakA;

    @Test
    @Order(1)
    void werkIn2025EnDeNulmeting() {
        KLOK.zet(Instant.parse("2025-02-03T09:00:00Z"));
        Map<String, Object> normen = new LinkedHashMap<>();
        normen.put("kosten-per-toegezegd-uur", Map.of("norm", 90));
        normen.put("besteed-tegen-toegezegd", Map.of("norm", 1));
        normen.put("afspraken-behaald", Map.of("norm", 0.8));
        normen.put("aandeel-maatwerk", Map.of("norm", 0.2));
        normen.put("aandeel-output", Map.of("norm", 0.5));
        normen.put("verdeelsleutel-afwijking", Map.of("norm", 0.05));
        normen.put("aanbevelingen-te-laat", Map.of("norm", 5));
        Klant.Antwoord kader = als("bestuur").put("/normenkaders/2025", Map.of("indicatoren", normen));
        assertThat(kader.status()).as(kader.toString()).isEqualTo(200);
        assertThat(kader.json().at("/indicatoren/aandeel-output/richting").asText()).isEqualTo("hoger-is-beter");
        assertThat(als("bestuur").put("/normenkaders/2025", Map.of("indicatoren", normen)).status()).isEqualTo(200);

        for (String jaar : List.of("2025", "2028")) {
            assertThat(als("beheerder").put("/tarieven/monitor/" + jaar, Map.of("tarief", 100)).status()).isEqualTo(200);
            assertThat(als("directie").put("/werkplannen/monitor/" + jaar, Map.of("capaciteit", 1000)).status()).isEqualTo(200);
        }
        String mw1 = medewerker("Anna");
        String mw2 = medewerker("Bram");

        opdrachtA = gezamenlijk("Dienstverlening digitaal", 2025, 400);
        Klant.Antwoord afspraak = college("lisse").post("/opdrachten/" + opdrachtA + "/outputafspraken", Map.of("indicator",
                "Digitale producten", "eenheid", "aantal", "streefwaarde", 10, "meetmoment", "2025-11-30", "bron", "Zaaksysteem"));
        assertThat(afspraak.status()).as(afspraak.toString()).isEqualTo(201);
        afspraakA = afspraak.json().get("id").asText();
        Klant.Antwoord sleutel = als("bestuur").post("/opdrachten/" + opdrachtA + "/sleutelprojecten",
                Map.of("criteria", List.of("Doorlooptijd van aanvragen", "Tevredenheid van inwoners")));
        assertThat(sleutel.status()).as(sleutel.toString()).isEqualTo(200);
        assertThat(als("bestuur").post("/opdrachten/" + opdrachtA + "/sleutelprojecten", Map.of("criteria", List.of("Anders")))
                .status()).isEqualTo(409);

        Map<String, Object> maatwerk = aanvraag("Eigen beleid Lisse", 2025, "lisse");
        maatwerk.put("soort", "maatwerk");
        opdrachtB = aanvaard(college("lisse").post("/opdrachten", maatwerk));
        zegToe(opdrachtB, 2025, 100);

        KLOK.zet(Instant.parse("2025-11-20T09:00:00Z"));
        assertThat(directie().post("/opdrachten/" + opdrachtA + "/outputrealisaties", Map.of("afspraak", afspraakA, "waarde", 12,
                "peildatum", "2025-11-15")).status()).isEqualTo(200);
        for (int dag = 10; dag < 15; dag++) {
            registreer(opdrachtA, "2025-11-" + dag, 8, dag % 2 == 0 ? mw1 : mw2);
        }
        registreer(opdrachtB, "2025-11-18", 8, mw1);

        KLOK.zet(Instant.parse("2026-01-12T09:00:00Z"));
        Klant.Antwoord gedaan = directie().post("/metingen", Map.of("soort", "nulmeting", "peildatum", "2025-12-31", "normenkader", 2025,
                "omschrijving", "Nulmeting HLTsamen eind 2025"));
        assertThat(gedaan.status()).as(gedaan.toString()).isEqualTo(201);
        assertThat(gedaan.kop("Location")).endsWith("/metingen/" + gedaan.json().get("id").asText());
        nulmeting = gedaan.json().get("id").asText();
        JsonNode i = gedaan.json().get("indicatoren");
        assertThat(getal(i, "kosten-per-toegezegd-uur", null)).isEqualByComparingTo("100.00");
        assertThat(getal(i, "besteed-tegen-toegezegd", null)).isEqualByComparingTo("0.0960");
        assertThat(getal(i, "besteed-tegen-toegezegd", "lisse")).isEqualByComparingTo("0.0900");
        assertThat(getal(i, "afspraken-behaald", "hillegom")).isEqualByComparingTo("1");
        assertThat(getal(i, "aandeel-maatwerk", null)).isEqualByComparingTo("0.2000");
        assertThat(getal(i, "aandeel-maatwerk", "lisse")).isEqualByComparingTo("0.5000");
        assertThat(getal(i, "aandeel-output", null)).isEqualByComparingTo("0.8000");
        assertThat(getal(i, "aandeel-output", "lisse")).isEqualByComparingTo("0.5000");
        assertThat(getal(i, "verdeelsleutel-afwijking", null)).isEqualByComparingTo("0.1500");
        assertThat(getal(i, "verdeelsleutel-afwijking", "hillegom")).isEqualByComparingTo("0.0500");
        assertThat(getal(i, "aanbevelingen-te-laat", null)).isEqualByComparingTo("7");
        assertThat(i.at("/tijdig-opgeleverd/waarde").isNull()).isTrue();
        assertThat(gedaan.json().at("/grootboek/lisse/hoofdHash").asText()).hasSize(64);
        assertThat(gedaan.json().at("/vaststellingen/lisse").isNull()).isTrue();

        assertThat(directie().post("/metingen", Map.of("soort", "nulmeting", "peildatum", "2026-01-05", "normenkader", 2025,
                "omschrijving", "Nog een")).status()).isEqualTo(409);
    }

    @Test
    @Order(2)
    void deDrieRadenStellenDeNulmetingVast() {
        KLOK.zet(Instant.parse("2026-02-16T19:00:00Z"));
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            Klant.Antwoord vastgesteld = als("raad", gemeente).post("/metingen/" + nulmeting + "/vaststellingen",
                    Map.of("besluit", "Raadsbesluit nulmeting " + gemeente, "datum", "2026-02-16"));
            assertThat(vastgesteld.status()).as(vastgesteld.toString()).isEqualTo(200);
        }
        assertThat(als("raad", "lisse").post("/metingen/" + nulmeting + "/vaststellingen", Map.of("besluit", "Nogmaals", "datum",
                "2026-02-16")).status()).isEqualTo(409);
        assertThat(directie().post("/metingen/" + nulmeting + "/vaststellingen", Map.of("besluit", "x", "datum", "2026-02-16"))
                .status()).isEqualTo(403);
        JsonNode meting = als("raad", "hillegom").get("/metingen/" + nulmeting).json();
        assertThat(meting.at("/vaststellingen/teylingen/besluit").asText()).isEqualTo("Raadsbesluit nulmeting teylingen");
        assertThat(meting.at("/vaststellingen/hillegom/datum").asText()).isEqualTo("2026-02-16");
    }

    @Test
    @Order(3)
    void hetNormenkaderLigtVastNaDeNulmeting() {
        Klant.Antwoord gewijzigd = als("bestuur").put("/normenkaders/2025", Map.of("indicatoren",
                Map.of("aandeel-output", Map.of("norm", 0.4))));
        assertThat(gewijzigd.status()).as(gewijzigd.toString()).isEqualTo(409);
        assertThat(gewijzigd.json().get("regel").asText()).isEqualTo("normenkader.vast-na-meting");
    }

    @Test
    @Order(4)
    void eenMetingIn2028() {
        KLOK.zet(Instant.parse("2028-02-01T09:00:00Z"));
        String mw = medewerker("Chris");
        opdrachtC = gezamenlijk("Wijkaanpak", 2028, 800);
        Klant.Antwoord outcome = college("lisse").post("/opdrachten/" + opdrachtC + "/outcomeafspraken", Map.of("indicator",
                "Bewoners tevreden over hun wijk", "eenheid", "procent", "streefwaarde", 70, "meetmoment", "2028-05-31",
                "bron", "Wijkmonitor"));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(201);
        registreer(opdrachtC, "2028-01-31", 8, mw);
        KLOK.zet(Instant.parse("2028-06-02T09:00:00Z"));
        assertThat(directie().post("/opdrachten/" + opdrachtC + "/outcomerapportages", Map.of("afspraak",
                outcome.json().get("id").asText(), "waarde", 60, "peildatum", "2028-05-20")).status()).isEqualTo(200);

        KLOK.zet(Instant.parse("2028-07-03T09:00:00Z"));
        Klant.Antwoord gedaan = directie().post("/metingen", Map.of("soort", "meting", "peildatum", "2028-06-30", "normenkader", 2025,
                "omschrijving", "Tussentijdse meting 2028"));
        assertThat(gedaan.status()).as(gedaan.toString()).isEqualTo(201);
        meting2028 = gedaan.json().get("id").asText();
        JsonNode i = gedaan.json().get("indicatoren");
        assertThat(getal(i, "besteed-tegen-toegezegd", "teylingen")).isEqualByComparingTo("0.0100");
        assertThat(getal(i, "afspraken-behaald", null)).isEqualByComparingTo("0");
        assertThat(getal(i, "aandeel-output", "hillegom")).isEqualByComparingTo("1");
        assertThat(getal(i, "aandeel-outcome", null)).isEqualByComparingTo("1");
        assertThat(getal(i, "verdeelsleutel-afwijking", null)).isEqualByComparingTo("0");
        assertThat(getal(i, "aanbevelingen-te-laat", null)).isEqualByComparingTo("19");
    }

    @Test
    @Order(5)
    void hetEvaluatiedossier2028PerGemeente() {
        Map<String, Map<String, String[]>> verwacht = Map.of(
                "lisse", Map.of("aandeel-maatwerk", new String[]{"0.5000", "0.0000", "behaald"},
                        "aandeel-output", new String[]{"0.5000", "1.0000", "behaald"},
                        "verdeelsleutel-afwijking", new String[]{"0.1500", "0.0000", "behaald"}),
                "hillegom", Map.of("aandeel-maatwerk", new String[]{"0.0000", "0.0000", "behaald"},
                        "aandeel-output", new String[]{"1.0000", "1.0000", "behaald"},
                        "verdeelsleutel-afwijking", new String[]{"0.0500", "0.0000", "behaald"}),
                "teylingen", Map.of("aandeel-maatwerk", new String[]{"0.0000", "0.0000", "behaald"},
                        "aandeel-output", new String[]{"1.0000", "1.0000", "behaald"},
                        "verdeelsleutel-afwijking", new String[]{"0.1000", "0.0000", "behaald"}));
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            Klant.Antwoord antwoord = als("raad", gemeente).get("/evaluaties/2028");
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
            JsonNode dossier = antwoord.json();
            assertThat(dossier.get("gemeente").asText()).isEqualTo(gemeente);
            assertThat(dossier.at("/nulmeting/id").asText()).isEqualTo(nulmeting);
            assertThat(dossier.at("/meting/id").asText()).isEqualTo(meting2028);
            assertThat(dossier.at("/nulmeting/vaststellingen/" + gemeente + "/besluit").asText()).startsWith("Raadsbesluit");
            Map<String, JsonNode> regels = new LinkedHashMap<>();
            dossier.get("indicatoren").forEach(r -> regels.put(r.get("code").asText(), r));
            assertThat(regels.get("kosten-per-toegezegd-uur").get("oordeel").asText()).isEqualTo("niet-behaald");
            assertThat(regels.get("besteed-tegen-toegezegd").get("oordeel").asText()).isEqualTo("behaald");
            assertThat(regels.get("afspraken-behaald").get("oordeel").asText()).isEqualTo("niet-behaald");
            assertThat(regels.get("aanbevelingen-te-laat").get("oordeel").asText()).isEqualTo("niet-behaald");
            assertThat(regels.get("aanbevelingen-te-laat").get("nulwaarde").decimalValue()).isEqualByComparingTo("7");
            assertThat(regels.get("aanbevelingen-te-laat").get("waarde").decimalValue()).isEqualByComparingTo("19");
            assertThat(regels.get("aandeel-outcome").get("oordeel").asText()).isEqualTo("geen-norm");
            assertThat(regels.get("tijdig-opgeleverd").get("oordeel").asText()).isEqualTo("geen-norm");
            verwacht.get(gemeente).forEach((code, w) -> {
                JsonNode regel = regels.get(code);
                assertThat(regel.get("nulwaarde").decimalValue()).as(gemeente + " " + code).isEqualByComparingTo(w[0]);
                assertThat(regel.get("waarde").decimalValue()).as(gemeente + " " + code).isEqualByComparingTo(w[1]);
                assertThat(regel.get("oordeel").asText()).as(gemeente + " " + code).isEqualTo(w[2]);
            });
            JsonNode trend = regels.get("aandeel-output").get("trend");
            assertThat(trend.get("2025").decimalValue()).isEqualByComparingTo(w(verwacht, gemeente, "aandeel-output", 0));
            assertThat(trend.get("2028").decimalValue()).isEqualByComparingTo("1");
            assertThat(trend.has("2026")).as("2026 had no hours: nothing to count").isFalse();
            assertThat(regels.get("aanbevelingen-te-laat").get("trend").get("2026").decimalValue()).isGreaterThan(new BigDecimal("7"));
            JsonNode sleutelproject = dossier.get("sleutelprojecten").get(0);
            assertThat(sleutelproject.get("opdracht").asText()).isEqualTo(opdrachtA);
            assertThat(sleutelproject.get("criteria")).hasSize(2);
            assertThat(sleutelproject.at("/afspraken/0/waarde").decimalValue()).isEqualByComparingTo("12");
            assertThat(sleutelproject.at("/afspraken/0/behaald").asBoolean()).isTrue();
            assertThat(dossier.at("/grootboek/" + gemeente + "/hoofdHash").asText()).hasSize(64);
        }
        assertThat(als("raad", "lisse").get("/evaluaties/2028?gemeente=hillegom").status()).isEqualTo(403);
        assertThat(als("bestuur").get("/evaluaties/2024").status()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void eenMetingNaberekendUitHaarEigenKoppenGeeftDezelfdeIndicatoren() {
        for (String id : List.of(nulmeting, meting2028)) {
            JsonNode herberekening = als("auditor").get("/metingen/" + id + "/herberekening").json();
            assertThat(herberekening.get("verschillen")).as(herberekening.toString()).isEmpty();
            assertThat(herberekening.get("gelijk").asBoolean()).isTrue();
            JsonNode meting = als("auditor").get("/metingen/" + id).json();
            assertThat(herberekening.get("grootboek")).isEqualTo(meting.get("grootboek"));
            assertThat(herberekening.get("indicatoren")).isEqualTo(meting.get("indicatoren"));
        }
    }

    @Test
    @Order(7)
    void hetDossierIsMetBekendOpByteVoorByteHetzelfde() {
        Klant.Antwoord eerste = als("bestuur").get("/evaluaties/2028?gemeente=lisse");
        String bekendOp = eerste.json().get("bekendOp").asText();
        KLOK.zet(Instant.parse("2028-07-10T09:00:00Z"));
        registreer(opdrachtC, "2028-07-06", 4, medewerker("Dirk"));
        Klant.Antwoord later = als("bestuur").get("/evaluaties/2028?gemeente=lisse&bekendOp=" + bekendOp);
        assertThat(later.tekst()).isEqualTo(eerste.tekst());
        for (String vorm : List.of("text/csv", "text/html")) {
            String pad = "/evaluaties/2028?gemeente=lisse&bekendOp=" + bekendOp;
            Klant.Antwoord een = als("bestuur").met("Accept", vorm).get(pad);
            assertThat(een.status()).as(een.toString()).isEqualTo(200);
            assertThat(als("raad", "lisse").met("Accept", vorm).get(pad).tekst()).as(vorm).isEqualTo(een.tekst());
        }
    }

    /** The PDF (and the CSV) carry the figures of the JSON: lisse's 2028 verdicts, in Dutch formats. */
    @Test
    @Order(9)
    void dePdfEnDeCsvDragenDezelfdeCijfers() throws IOException {
        byte[] pdf = als("raad", "lisse").met("Accept", "application/pdf").bytes("/evaluaties/2028");
        String tekst;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "evaluatie-lisse-2028.pdf"), pdf);
        assertThat(tekst).contains("Evaluatie 2028 van HLTsamen voor Lisse");
        assertThat(tekst).contains("Aandeel uren voor maatwerk kwetsbaarheid 50,00 % 0,00 % 20,00 % lager-is-beter behaald");
        assertThat(tekst).contains("Kosten per toegezegd uur kosten € 100,00 € 100,00 € 90,00 lager-is-beter niet-behaald");
        assertThat(tekst).contains("Aanbevelingen te laat strategische-positie 7 19 5 lager-is-beter niet-behaald");
        assertThat(tekst).contains("Afwijking van de verdeelsleutel strategische-positie 15,00 % 0,00 % 5,00 % lager-is-beter behaald");
        assertThat(tekst).contains("Doorlooptijd van aanvragen");

        String csv = als("raad", "lisse").met("Accept", "text/csv").get("/evaluaties/2028").tekst();
        assertThat(csv).contains("aandeel-maatwerk;Aandeel uren voor maatwerk;kwetsbaarheid;fractie;0,5;0;0,2;lager-is-beter;behaald;");
        assertThat(csv).contains("aanbevelingen-te-laat;Aanbevelingen te laat;strategische-positie;aantal;7;19;5;lager-is-beter;niet-behaald;");
    }

    @Test
    @Order(8)
    void eenHerbouwGeeftDezelfdeMetingenEnNormenkaders() {
        String metingen = als("auditor").get("/metingen").tekst();
        String normenkaders = als("auditor").get("/normenkaders").tekst();
        String opdracht = als("auditor").get("/opdrachten/" + opdrachtA).json().get("sleutelproject").toString();
        Klant.Antwoord herbouw = als("beheerder").post("/beheer/herbouwingen", Map.of());
        assertThat(herbouw.status()).as(herbouw.toString()).isEqualTo(200);
        assertThat(als("auditor").get("/metingen").tekst()).isEqualTo(metingen);
        assertThat(als("auditor").get("/normenkaders").tekst()).isEqualTo(normenkaders);
        assertThat(als("auditor").get("/opdrachten/" + opdrachtA).json().get("sleutelproject").toString()).isEqualTo(opdracht);
    }

    private static BigDecimal w(Map<String, Map<String, String[]>> verwacht, String gemeente, String code, int i) {
        return new BigDecimal(verwacht.get(gemeente).get(code)[i]);
    }

    private static BigDecimal getal(JsonNode indicatoren, String code, String gemeente) {
        JsonNode waarde = gemeente == null ? indicatoren.at("/" + code + "/waarde") : indicatoren.at("/" + code + "/perGemeente/" + gemeente);
        assertThat(waarde.isNumber()).as(code + " " + gemeente + " in " + indicatoren).isTrue();
        return waarde.decimalValue();
    }

    private String medewerker(String naam) {
        return directie().post("/medewerkers", Map.of("naam", naam)).json().get("pseudoniem").asText();
    }

    /** An opdracht of all three, requested by lisse, co-signed, accepted and its hours committed for the jaar. */
    private String gezamenlijk(String titel, int jaar, int uren) {
        String id = college("lisse").post("/opdrachten", aanvraag(titel, jaar, "hillegom", "lisse", "teylingen")).json().get("id").asText();
        assertThat(college("hillegom").post("/opdrachten/" + id + "/medeondertekeningen", Map.of()).status()).isEqualTo(200);
        assertThat(college("teylingen").post("/opdrachten/" + id + "/medeondertekeningen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        zegToe(id, jaar, uren);
        return id;
    }

    private String aanvaard(Klant.Antwoord aangevraagd) {
        assertThat(aangevraagd.status()).as(aangevraagd.toString()).isEqualTo(201);
        String id = aangevraagd.json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        return id;
    }

    private void zegToe(String id, int jaar, int uren) {
        Klant.Antwoord toegezegd = directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", jaar, "uren", uren));
        assertThat(toegezegd.status()).as(toegezegd.toString()).isEqualTo(200);
    }

    private void registreer(String id, String datum, int uren, String medewerker) {
        Klant.Antwoord geregistreerd = directie().post("/opdrachten/" + id + "/urenregistraties", Map.of("datum", datum, "uren", uren,
                "medewerker", medewerker));
        assertThat(geregistreerd.status()).as(geregistreerd.toString()).isEqualTo(200);
    }

    private static Map<String, Object> aanvraag(String titel, int jaar, String... gemeenten) {
        return new LinkedHashMap<>(Map.of("titel", titel, "omschrijving", "Omschrijving van " + titel, "gemeenten", List.of(gemeenten),
                "categorie", "beleid", "soort", "standaard", "taakveld", "0.1", "team", "monitor", "begrotingsjaar", jaar,
                "geraamdeUren", 100));
    }

    private Klant als(String rol) {
        return als(rol, null);
    }

    private Klant als(String rol, String gemeente) {
        Tokenmaker tokens = new Tokenmaker(new Sleutelopslag(DATAMAP).laadOfMaak(Tokenmaker.SLEUTELNAAM));
        return new Klant("http://localhost:" + poort + "/api/v1", tokens.maak(rol, gemeente, Duration.ofHours(1)));
    }

    private Klant college(String gemeente) {
        return als("college", gemeente);
    }

    private Klant directie() {
        return als("directie");
    }

    private static Path maakDatamap() {
        try {
            Path map = Files.createTempDirectory("samenboek-monitor-");
            map.toFile().deleteOnExit();
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
