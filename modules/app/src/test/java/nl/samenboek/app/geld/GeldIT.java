package nl.samenboek.app.geld;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Klant;
import nl.samenboek.app.SamenboekApplication;
import nl.samenboek.app.monitor.Verstelbareklok;
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
import org.springframework.beans.factory.annotation.Value;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money, formatie and the werkorganisatie's own P&C cycle through HTTP, over one year (docs/pc-documenten.md): budgets
 * for the three gemeenten, formatie for two teams, a werkplan that takes its capacity from the formatie, a year of work,
 * each gemeente's jaarrekening per budget line, and the samenwerking's jaarrekening with its afrekening. It needs a
 * samenwerking of its own — the afrekening divides the saldo of all its work — and a clock that lives through the year:
 * its own application context on a {@link Verstelbareklok}, like the monitor's scenario.
 *
 * <h2>The figures, by hand</h2>
 * Tarief 2026: team geld-ruimte € 100, geld-publiek € 80 (none for 2027). Verdeelsleutel 1:1:2.
 * <ul>
 *     <li>Formatie geld-ruimte 2026: 2 fte, 0,5 vacant, 1.400 hours per fte, 100 hours inhuur → (2 − 0,5) × 1.400 + 100 =
 *     2.200 hours; the werkplan set without capaciteit takes them: 20 % ontwikkeltijd 440, planbaar 1.760. On 1 September
 *     the vacancy is filled: 2 × 1.400 + 100 = 2.900 (the werkplan keeps its 2.200). Geld-publiek: 1 fte × 1.500 = 1.500.</li>
 *     <li>Budgets: hillegom € 4.000 and lisse € 4.800 (raised to € 5.000 on 15 June), both 0,8 standaardpakket / 0,1 klussen /
 *     0,1 reserve; teylingen € 4.200,03 without lines.</li>
 *     <li>A: standaard, all three, beleid, geld-ruimte, geraamd 100: toegezegd 100 h for 2026 (25/25/50) and 40 h for 2027
 *     (10/10/20); 80 h registered (20/20/40). B: maatwerk lisse, geld-publiek, geraamd 50: toegezegd 50 h, 40 h registered.
 *     C: a crisis of hillegom, standaard, geld-ruimte, geraamd 10: toegezegd 10 h, 10 h registered. D: lisse, begrotingsjaar
 *     2028, geraamd 60, only asked for. A toezegging of 2.000 h on C would pass the 1.760 plannable hours: 409.</li>
 *     <li>Begroting 2026 (toegezegd), as of January: hillegom A 2.500 + C 1.000 = 3.500; lisse A 2.500 + B 4.000 = 6.500 —
 *     standaardpakket 3.840 against 2.500, klussen 480 against 4.000 (meerwerk 3.520), reserve 480; teylingen A 5.000.
 *     Together 15.000 against 13.000,03: a shortfall of 1.999,97 = 199.997 cents by 1:1:2 is 49.999,25 / 49.999,25 /
 *     99.998,5 → the cent left over to teylingen: −499,99 / −499,99 / −999,99. Lisse's jaarschijven: 2026 toegezegd 75,
 *     geraamd 75, kosten 6.500; 2027 toegezegd 10, geraamd 0, kosten 1.000 (the tarief of 2026: none for 2027 yet); 2028
 *     toegezegd 0, geraamd 60 (D), kosten 0; 2029 nothing.</li>
 *     <li>Jaarrekening 2026 (besteed): hillegom A 20 h = 2.000 (standaardpakket, 3.200: saldo 1.200) + C 10 h = 1.000 (a crisis:
 *     reserve, 400: meerwerk 600), klussen 400 unused → kosten 3.000, saldo 1.000. Lisse A 2.000 (standaardpakket 4.000: saldo
 *     2.000) + B 40 h × 80 = 3.200 (klussen 500: meerwerk 2.700), reserve 500 unused → kosten 5.200, saldo −200. Teylingen
 *     A 40 h = 4.000 → saldo 200,03.</li>
 *     <li>Afrekening 2026: saldo 13.200,03 − 12.200 = 1.000,03 = 100.003 cents by 1:1:2: 25.000,75 / 25.000,75 / 50.001,5 →
 *     rounded down 25.000 + 25.000 + 50.001 = 100.001 cents, the two cents left to the largest remainders (0,75 and 0,75:
 *     hillegom and lisse): € 250,01 / € 250,01 / € 500,01 (rounding half up would give 250,01 / 250,01 / 500,02, a cent too
 *     many).</li>
 * </ul>
 */
@SpringBootTest(classes = SamenboekApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenboek.tijdreis.tussenstand-na=4")
@Import(GeldIT.Klokconfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeldIT {

    private static final Path DATAMAP = maakDatamap();
    static final Verstelbareklok KLOK = new Verstelbareklok(Instant.parse("2026-01-02T08:00:00Z"));
    private static final Map<String, Object> BUCH = Map.of("standaardpakket", 0.8, "klussen", 0.1, "reserve", 0.1);
    private static final List<String> TITELS = List.of("Geldbeleid", "Loket van Lisse", "Stormschade", "Plan 2028");

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

    @Value("${samenboek.samenwerking.naam}")
    String samenwerking;

    private static String opdrachtA;
    private static String opdrachtB;
    private static String opdrachtC;
    private static String begrotingLisse;
    private static String begrotingSamenwerking;
    private static String bekendOpBegroting;

    @Test
    @Order(1)
    void deFormatieGeeftDeBeschikbareUrenEnHetWerkplanNeemtZeOver() {
        KLOK.zet(Instant.parse("2026-01-05T09:00:00Z"));
        ok(als("beheerder").put("/tarieven/geld-ruimte/2026", Map.of("tarief", 100)));
        ok(als("beheerder").put("/tarieven/geld-publiek/2026", Map.of("tarief", 80)));

        Klant.Antwoord formatie = directie().put("/formatie/geld-ruimte/2026", Map.of("fte", 2, "vacaturesFte", 0.5, "inhuurUren", 100,
                "urenPerFte", 1400));
        ok(formatie);
        assertThat(formatie.json().get("beschikbareUren").decimalValue()).isEqualByComparingTo("2200");
        assertThat(formatie.json().get("versie").asLong()).isEqualTo(1);
        Klant.Antwoord nogmaals = directie().put("/formatie/geld-ruimte/2026", Map.of("fte", 2.0, "vacaturesFte", 0.50, "inhuurUren", 100,
                "urenPerFte", 1400));
        assertThat(nogmaals.json().get("versie").asLong()).as("dezelfde formatie nogmaals: geen nieuwe gebeurtenis").isEqualTo(1);
        ok(directie().put("/formatie/geld-publiek/2026", Map.of("fte", 1, "urenPerFte", 1500)));

        Klant.Antwoord plan = directie().put("/werkplannen/geld-ruimte/2026", Map.of("gepland", Map.of("lisse", 500)));
        ok(plan);
        assertThat(plan.json().get("capaciteit").decimalValue()).isEqualByComparingTo("2200");
        assertThat(plan.json().get("planbaar").decimalValue()).isEqualByComparingTo("1760");
        assertThat(plan.json().get("vrijeRuimte").decimalValue()).isEqualByComparingTo("1260");

        Klant.Antwoord zonder = directie().put("/werkplannen/geld-zonder-formatie/2026", Map.of());
        assertThat(zonder.status()).as(zonder.toString()).isEqualTo(400);
        assertThat(zonder.ongeldigeVelden()).containsExactly("capaciteit");

        Klant.Antwoord teVeelVacatures = directie().put("/formatie/geld-ruimte/2026", Map.of("fte", 2, "vacaturesFte", 3, "urenPerFte", 1400));
        assertThat(teVeelVacatures.status()).isEqualTo(400);
        assertThat(teVeelVacatures.ongeldigeVelden()).containsExactly("vacaturesFte");
        assertThat(directie().put("/formatie/geld-ruimte/2026", Map.of("fte", "veel", "urenPerFte", 1400)).status()).isEqualTo(400);
        assertThat(directie().put("/formatie/geld-ruimte/twintig", Map.of("fte", 1, "urenPerFte", 1400)).ongeldigeVelden())
                .containsExactly("jaar");
        assertThat(college("lisse").put("/formatie/geld-ruimte/2026", Map.of("fte", 1, "urenPerFte", 1400)).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void deBeheerderStelDeBudgettenVast() {
        Klant.Antwoord hillegom = als("beheerder").put("/budgetten/hillegom/2026", Map.of("bijdrage", 4000, "budgetlijnen", BUCH));
        ok(hillegom);
        assertThat(hillegom.json().at("/bedragen/standaardpakket").decimalValue()).isEqualByComparingTo("3200");
        Klant.Antwoord lisse = als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 4800, "budgetlijnen", BUCH));
        ok(lisse);
        assertThat(lisse.json().at("/bedragen/klussen").decimalValue()).isEqualByComparingTo("480");
        Klant.Antwoord teylingen = als("beheerder").put("/budgetten/teylingen/2026", Map.of("bijdrage", new BigDecimal("4200.03")));
        ok(teylingen);
        assertThat(teylingen.json().get("budgetlijnen").isEmpty()).isTrue();
        Klant.Antwoord nogmaals = als("beheerder").put("/budgetten/teylingen/2026", Map.of("bijdrage", new BigDecimal("4200.030")));
        assertThat(nogmaals.json().get("versie").asLong()).as("hetzelfde budget nogmaals: geen nieuwe gebeurtenis").isEqualTo(1);

        assertThat(als("beheerder").put("/budgetten/bennebroek/2026", Map.of("bijdrage", 1)).status()).isEqualTo(404);
        assertThat(als("beheerder").put("/budgetten/samenwerking/2026", Map.of("bijdrage", 1)).status()).isEqualTo(404);
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", -1)).ongeldigeVelden()).containsExactly("bijdrage");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 1.001)).ongeldigeVelden()).containsExactly("bijdrage");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 1, "budgetlijnen",
                Map.of("standaardpakket", 0.8, "klussen", 0.1))).ongeldigeVelden()).containsExactly("budgetlijnen");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 1, "budgetlijnen",
                Map.of("Standaard pakket", 1))).ongeldigeVelden()).containsExactly("budgetlijnen");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 1, "budgetlijnen",
                Map.of("standaardpakket", -0.5, "klussen", 1.5))).ongeldigeVelden())
                .containsExactlyInAnyOrder("budgetlijnen.standaardpakket", "budgetlijnen.klussen");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 1, "budgetlijnen", List.of(1))).status()).isEqualTo(400);
        assertThat(als("beheerder").put("/budgetten/lisse/2016", Map.of("bijdrage", 1)).ongeldigeVelden()).containsExactly("jaar");
        assertThat(als("beheerder").put("/budgetten/lisse/2026", Map.of()).ongeldigeVelden()).containsExactly("bijdrage");
        assertThat(directie().put("/budgetten/lisse/2026", Map.of("bijdrage", 1)).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void eenJaarWerkWordtToegezegd() {
        opdrachtA = opdracht("Geldbeleid", "beleid", "standaard", "geld-ruimte", 2026, 100, "hillegom", "hillegom", "lisse", "teylingen");
        ok(college("lisse").post("/opdrachten/" + opdrachtA + "/medeondertekeningen", Map.of()));
        ok(college("teylingen").post("/opdrachten/" + opdrachtA + "/medeondertekeningen", Map.of()));
        aanvaard(opdrachtA);
        zegToe(opdrachtA, 2026, 100);
        zegToe(opdrachtA, 2027, 40);
        opdrachtB = opdracht("Loket van Lisse", "dienstverlening", "maatwerk", "geld-publiek", 2026, 50, "lisse", "lisse");
        aanvaard(opdrachtB);
        zegToe(opdrachtB, 2026, 50);
        opdrachtC = opdracht("Stormschade", "crisis", "standaard", "geld-ruimte", 2026, 10, "hillegom", "hillegom");
        aanvaard(opdrachtC);
        zegToe(opdrachtC, 2026, 10);
        opdracht("Plan 2028", "beleid", "standaard", "geld-publiek", 2028, 60, "lisse", "lisse");

        // the werkplan from the formatie makes 1,760 hours plannable: 100 of A and 2,000 of C would be 2,100
        Klant.Antwoord teVeel = directie().post("/opdrachten/" + opdrachtC + "/toezeggingen", Map.of("jaar", 2026, "uren", 2000));
        assertThat(teVeel.status()).as(teVeel.toString()).isEqualTo(409);
        assertThat(teVeel.json().get("regel").asText()).isEqualTo("capaciteit.boven-planbaar");
    }

    @Test
    @Order(4)
    void deBegrotingToontBudgetPerLijnEnJaarschijven() {
        Klant.Antwoord antwoord = als("raad", "lisse").get("/pc-documenten/lisse/2026/begroting");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        JsonNode d = antwoord.json();
        bekendOpBegroting = d.get("bekendOp").asText();
        begrotingLisse = als("raad", "lisse").get("/pc-documenten/lisse/2026/begroting?bekendOp=" + bekendOpBegroting).tekst();
        JsonNode budget = d.get("budget");
        getal(budget, "bijdrage", "4800");
        getal(budget, "kosten", "6500");
        getal(budget, "saldo", "-1700");
        getal(budget, "meerwerk", "3520");
        assertThat(budget.get("grondslag").asText()).isEqualTo("toegezegd");
        assertThat(d.at("/totalen/kosten").decimalValue()).isEqualByComparingTo(budget.get("kosten").decimalValue());
        lijn(budget, "standaardpakket", "3840", "2500", "1340", "0");
        lijn(budget, "klussen", "480", "4000", "-3520", "3520");
        lijn(budget, "reserve", "480", "0", "480", "0");

        JsonNode schijven = d.get("jaarschijven");
        assertThat(schijven).hasSize(4);
        schijf(schijven.get(0), 2026, "75", "75", "6500");
        schijf(schijven.get(1), 2027, "10", "0", "1000");
        schijf(schijven.get(2), 2028, "0", "60", "0");
        schijf(schijven.get(3), 2029, "0", "0", "0");

        JsonNode formatie = d.get("formatie");
        assertThat(formatie.findValuesAsText("team")).containsExactly("geld-publiek", "geld-ruimte");
        assertThat(formatie.get(1).get("beschikbareUren").decimalValue()).isEqualByComparingTo("2200");
        assertThat(formatie.get(1).get("werkplanCapaciteit").decimalValue()).isEqualByComparingTo("2200");
        assertThat(formatie.get(0).get("werkplanCapaciteit").isNull()).isTrue();

        assertThat(als("raad", "lisse").get("/pc-documenten/lisse/2026/voorjaarsnota").json().get("jaarschijven")).isEmpty();
        assertThat(als("raad", "lisse").get("/pc-documenten/lisse/2025/begroting").json().get("budget").isNull())
                .as("zonder budget voor het jaar").isTrue();
    }

    @Test
    @Order(5)
    void deBegrotingVanDeWerkorganisatieVerwachtEenTekort() {
        Klant.Antwoord antwoord = als("bestuur").get("/pc-documenten/samenwerking/2026/begroting?bekendOp=" + bekendOpBegroting);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        begrotingSamenwerking = antwoord.tekst();
        JsonNode d = antwoord.json();
        assertThat(d.get("samenwerking").asText()).isEqualTo(samenwerking);
        assertThat(d.get("soort").asText()).isEqualTo("begroting");
        getal(d.get("totaal"), "bijdrage", "13000.03");
        getal(d.get("totaal"), "kosten", "15000");
        getal(d.get("totaal"), "saldo", "-1999.97");
        afrekening(d, "-499.99", "-499.99", "-999.99");
        JsonNode kaderbrief = als("directie").get("/pc-documenten/samenwerking/2026/kaderbrief?bekendOp=" + bekendOpBegroting).json();
        assertThat(kaderbrief.get("afrekening")).isEqualTo(d.get("afrekening"));
        assertThat(kaderbrief.get("titel").asText()).startsWith("Kaderbrief 2026 van " + samenwerking);
    }

    @Test
    @Order(6)
    void hetJaarGaatVerder() {
        KLOK.zet(Instant.parse("2026-06-15T09:00:00Z"));
        ok(als("beheerder").put("/budgetten/lisse/2026", Map.of("bijdrage", 5000, "budgetlijnen", BUCH)));
        KLOK.zet(Instant.parse("2026-09-01T09:00:00Z"));
        ok(directie().put("/formatie/geld-ruimte/2026", Map.of("fte", 2, "vacaturesFte", 0, "inhuurUren", 100, "urenPerFte", 1400)));
        KLOK.zet(Instant.parse("2026-12-21T09:00:00Z"));
        LocalDate dag = LocalDate.of(2026, 11, 2);
        String anna = medewerker("Anna");
        String bram = medewerker("Bram");
        String chris = medewerker("Chris");
        for (int i = 0; i < 10; i++) {
            registreer(opdrachtA, dag.plusDays(i), 8, anna);
        }
        for (int i = 0; i < 5; i++) {
            registreer(opdrachtB, LocalDate.of(2026, 11, 16).plusDays(i), 8, bram);
        }
        registreer(opdrachtC, LocalDate.of(2026, 11, 23), 5, chris);
        registreer(opdrachtC, LocalDate.of(2026, 11, 24), 5, chris);
        KLOK.zet(Instant.parse("2027-01-15T09:00:00Z"));
    }

    @Test
    @Order(7)
    void elkeJaarrekeningToontBijdrageKostenEnSaldoPerBudgetlijn() {
        JsonNode hillegom = als("raad", "hillegom").get("/pc-documenten/hillegom/2026/jaarrekening").json().get("budget");
        getal(hillegom, "bijdrage", "4000");
        getal(hillegom, "kosten", "3000");
        getal(hillegom, "saldo", "1000");
        getal(hillegom, "meerwerk", "600");
        assertThat(hillegom.get("grondslag").asText()).isEqualTo("besteed");
        lijn(hillegom, "standaardpakket", "3200", "2000", "1200", "0");
        lijn(hillegom, "klussen", "400", "0", "400", "0");
        lijn(hillegom, "reserve", "400", "1000", "-600", "600");

        JsonNode lisseDocument = als("college", "lisse").get("/pc-documenten/lisse/2026/jaarrekening").json();
        JsonNode lisse = lisseDocument.get("budget");
        getal(lisse, "bijdrage", "5000");
        getal(lisse, "kosten", "5200");
        getal(lisse, "saldo", "-200");
        getal(lisse, "meerwerk", "2700");
        lijn(lisse, "standaardpakket", "4000", "2000", "2000", "0");
        lijn(lisse, "klussen", "500", "3200", "-2700", "2700");
        lijn(lisse, "reserve", "500", "0", "500", "0");
        assertThat(lisseDocument.at("/totalen/besteedKosten").decimalValue()).isEqualByComparingTo("5200");
        assertThat(lisseDocument.get("jaarschijven")).isEmpty();

        JsonNode teylingen = als("auditor").get("/pc-documenten/teylingen/2026/jaarrekening").json().get("budget");
        getal(teylingen, "bijdrage", "4200.03");
        getal(teylingen, "kosten", "4000");
        getal(teylingen, "saldo", "200.03");
        getal(teylingen, "meerwerk", "0");
        assertThat(teylingen.get("perBudgetlijn").isEmpty()).isTrue();

        String csv = als("raad", "lisse").met("Accept", "text/csv").get("/pc-documenten/lisse/2026/jaarrekening").tekst();
        assertThat(csv).contains("klussen;0,1;500;3200;-2700;2700;besteed");
        assertThat(csv).contains("totaal;1;5000;5200;-200;2700;besteed");
        String html = als("raad", "lisse").met("Accept", "text/html").get("/pc-documenten/lisse/2026/jaarrekening").tekst();
        assertThat(html).contains("<h2 id=\"budget-kop\">Budget</h2>").contains("€ 2.700,00");
    }

    @Test
    @Order(8)
    void deJaarrekeningVanDeWerkorganisatieGeeftHetOverschotTerugTotOpDeCent() {
        Klant.Antwoord antwoord = als("raad", "lisse").get("/pc-documenten/samenwerking/2026/jaarrekening");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        JsonNode d = antwoord.json();
        assertThat(d.get("grondslag").asText()).isEqualTo("besteed");
        getal(d.get("totaal"), "bijdrage", "13200.03");
        getal(d.get("totaal"), "kosten", "12200");
        getal(d.get("totaal"), "saldo", "1000.03");
        afrekening(d, "250.01", "250.01", "500.01");
        Map<String, JsonNode> gemeenten = new LinkedHashMap<>();
        d.get("gemeenten").forEach(g -> gemeenten.put(g.get("gemeente").asText(), g));
        assertThat(gemeenten.keySet()).containsExactly("hillegom", "lisse", "teylingen");
        getal(gemeenten.get("hillegom"), "saldo", "1000");
        getal(gemeenten.get("lisse"), "saldo", "-200");
        getal(gemeenten.get("teylingen"), "saldo", "200.03");
        assertThat(gemeenten.get("lisse").get("naam").asText()).isEqualTo("Lisse");
        getal(d.at("/perBudgetlijn/klussen"), "bedrag", "900");
        getal(d.at("/perBudgetlijn/klussen"), "kosten", "3200");
        getal(d.at("/perBudgetlijn/klussen"), "meerwerk", "2700");
        getal(d.at("/perBudgetlijn/reserve"), "meerwerk", "600");
        assertThat(d.get("verdeelsleutel").get("teylingen").decimalValue()).isEqualByComparingTo("0.5");
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            assertThat(d.at("/grootboek/" + gemeente + "/hoofdHash").asText()).hasSize(64);
        }
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/lisse/verificatie").json();
        assertThat(d.at("/grootboek/lisse/aantal").asLong()).isEqualTo(verificatie.get("aantal").asLong());

        Map<String, JsonNode> teams = new LinkedHashMap<>();
        d.get("teams").forEach(t -> teams.put(t.get("team").asText(), t));
        assertThat(teams.keySet()).containsExactly("geld-publiek", "geld-ruimte");
        JsonNode ruimte = teams.get("geld-ruimte");
        getal(ruimte, "toegezegdeUren", "110");
        getal(ruimte, "besteedUren", "90");
        getal(ruimte, "kosten", "9000");
        getal(ruimte, "werkplanCapaciteit", "2200");
        getal(ruimte.get("formatie"), "beschikbareUren", "2900");
        getal(teams.get("geld-publiek"), "kosten", "3200");
        assertThat(teams.get("geld-publiek").get("werkplanCapaciteit").isNull()).isTrue();

        // figures per gemeente, team and budget line only: no opdracht's title or id, in any form
        String csv = als("raad", "hillegom").met("Accept", "text/csv").get("/pc-documenten/samenwerking/2026/jaarrekening").tekst();
        String html = als("college", "teylingen").met("Accept", "text/html").get("/pc-documenten/samenwerking/2026/jaarrekening").tekst();
        for (String vorm : List.of(antwoord.tekst(), csv, html)) {
            for (String titel : TITELS) {
                assertThat(vorm).doesNotContain(titel);
            }
            assertThat(vorm).doesNotContain(opdrachtA).doesNotContain(opdrachtB).doesNotContain(opdrachtC);
        }
        assertThat(csv).contains("hillegom;Hillegom;ja;4000;3000;1000;600;0,25;250,01");
        assertThat(csv).contains("teylingen;Teylingen;ja;4200,03;4000;200,03;0;0,5;500,01");
        assertThat(html).contains("Afrekening").contains("€ 500,01");
    }

    @Test
    @Order(9)
    void deCapaciteitToontDeFormatieOokZoalsZeWas() {
        Map<String, JsonNode> nu = teams(als("bestuur").get("/capaciteit?jaar=2026").json());
        getal(nu.get("geld-ruimte").get("formatie"), "beschikbareUren", "2900");
        getal(nu.get("geld-ruimte"), "capaciteit", "2200");
        getal(nu.get("geld-publiek").get("formatie"), "fte", "1");
        Map<String, JsonNode> toen = teams(als("bestuur").get("/capaciteit?jaar=2026&peildatum=2026-06-30").json());
        getal(toen.get("geld-ruimte").get("formatie"), "beschikbareUren", "2200");
        getal(toen.get("geld-ruimte").get("formatie"), "vacaturesFte", "0.5");
    }

    @Test
    @Order(10)
    void tijdreisGeeftDeBudgettenZoalsZeWaren() {
        assertThat(als("raad", "lisse").get("/pc-documenten/lisse/2026/begroting?bekendOp=" + bekendOpBegroting).tekst())
                .as("met bekendOp byte voor byte hetzelfde, ook na een nieuw budget").isEqualTo(begrotingLisse);
        assertThat(als("bestuur").get("/pc-documenten/samenwerking/2026/begroting?bekendOp=" + bekendOpBegroting).tekst())
                .isEqualTo(begrotingSamenwerking);
        JsonNode voorDeVerhoging = als("raad", "lisse").get("/pc-documenten/lisse/2026/jaarrekening?peildatum=2026-06-01").json();
        getal(voorDeVerhoging.get("budget"), "bijdrage", "4800");
        JsonNode erna = als("raad", "lisse").get("/pc-documenten/lisse/2026/jaarrekening?peildatum=2026-06-15").json();
        getal(erna.get("budget"), "bijdrage", "5000");
        JsonNode werkorganisatie = als("auditor").get("/pc-documenten/samenwerking/2026/jaarrekening?peildatum=2026-06-01").json();
        getal(werkorganisatie.get("totaal"), "bijdrage", "13000.03");
    }

    @Test
    @Order(11)
    void eenHerbouwGeeftDezelfdeDocumenten() {
        String bekendOp = als("auditor").get("/pc-documenten/samenwerking/2026/jaarrekening").json().get("bekendOp").asText();
        List<String> paden = List.of("/pc-documenten/samenwerking/2026/jaarrekening?bekendOp=" + bekendOp,
                "/pc-documenten/lisse/2026/jaarrekening?bekendOp=" + bekendOp, "/pc-documenten/hillegom/2026/begroting?bekendOp=" + bekendOp,
                "/capaciteit?jaar=2026&bekendOp=" + bekendOp);
        Map<String, String> voor = new LinkedHashMap<>();
        paden.forEach(p -> voor.put(p, als("auditor").get(p).tekst()));
        String csv = als("auditor").met("Accept", "text/csv").get(paden.get(0)).tekst();
        Klant.Antwoord herbouw = als("beheerder").post("/beheer/herbouwingen", Map.of());
        assertThat(herbouw.status()).as(herbouw.toString()).isEqualTo(200);
        assertThat(herbouw.json().get("projecties").toString()).contains("projectie-budgetten");
        paden.forEach(p -> assertThat(als("auditor").get(p).tekst()).as(p).isEqualTo(voor.get(p)));
        assertThat(als("auditor").met("Accept", "text/csv").get(paden.get(0)).tekst()).isEqualTo(csv);
    }

    @Test
    @Order(12)
    void dePdfDraagtDeAfrekening() throws IOException {
        byte[] pdf = als("raad", "teylingen").met("Accept", "application/pdf").bytes("/pc-documenten/samenwerking/2026/jaarrekening");
        String tekst;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "samenwerking-2026-jaarrekening.pdf"), pdf);
        assertThat(tekst).contains("Jaarrekening 2026 van " + samenwerking);
        assertThat(tekst).contains("Teylingen 50,00 % € 500,01");
        assertThat(tekst).contains("Hillegom 25,00 % € 250,01");
    }

    @Test
    @Order(13)
    void vijandigeVragenGeven4xx() {
        assertThat(als("raad", "lisse").get("/pc-documenten/samenwerking/2026/voorjaarsnota").ongeldigeVelden()).containsExactly("soort");
        assertThat(als("raad", "lisse").get("/pc-documenten/samenwerking/twintig/jaarrekening").ongeldigeVelden()).containsExactly("jaar");
        assertThat(als("raad", "lisse").get("/pc-documenten/samenwerking/2026/jaarrekening?peildatum=gisteren").status()).isEqualTo(400);
        assertThat(als("raad", "lisse").met("Accept", "image/png").get("/pc-documenten/samenwerking/2026/jaarrekening").status())
                .isEqualTo(406);
        assertThat(als("beheerder").get("/pc-documenten/samenwerking/2026/jaarrekening").status()).isEqualTo(403);
        assertThat(als("raad", "lisse").get("/pc-documenten/hillegom/2026/jaarrekening").status())
                .as("de paragraaf van een andere gemeente blijft dicht").isEqualTo(403);
    }

    private static void afrekening(JsonNode d, String hillegom, String lisse, String teylingen) {
        JsonNode a = d.get("afrekening");
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.get("hillegom").decimalValue()).isEqualByComparingTo(hillegom);
        assertThat(a.get("lisse").decimalValue()).isEqualByComparingTo(lisse);
        assertThat(a.get("teylingen").decimalValue()).isEqualByComparingTo(teylingen);
        BigDecimal som = new BigDecimal(hillegom).add(new BigDecimal(lisse)).add(new BigDecimal(teylingen));
        assertThat(som).as("de afrekening is het saldo, tot op de cent").isEqualByComparingTo(d.at("/totaal/saldo").decimalValue());
    }

    private static void lijn(JsonNode budget, String naam, String bedrag, String kosten, String saldo, String meerwerk) {
        JsonNode lijn = budget.get("perBudgetlijn").get(naam);
        assertThat(lijn).as(naam + " in " + budget).isNotNull();
        getal(lijn, "bedrag", bedrag);
        getal(lijn, "kosten", kosten);
        getal(lijn, "saldo", saldo);
        getal(lijn, "meerwerk", meerwerk);
    }

    private static void schijf(JsonNode schijf, int jaar, String toegezegd, String geraamd, String kosten) {
        assertThat(schijf.get("jaar").asInt()).isEqualTo(jaar);
        getal(schijf, "toegezegdeUren", toegezegd);
        getal(schijf, "geraamdeUren", geraamd);
        getal(schijf, "kosten", kosten);
    }

    private static void getal(JsonNode knoop, String veld, String verwacht) {
        assertThat(knoop.get(veld)).as(veld + " in " + knoop).isNotNull();
        assertThat(knoop.get(veld).decimalValue()).as(veld + " in " + knoop).isEqualByComparingTo(verwacht);
    }

    private static Map<String, JsonNode> teams(JsonNode capaciteit) {
        Map<String, JsonNode> teams = new LinkedHashMap<>();
        capaciteit.get("teams").forEach(t -> teams.put(t.get("team").asText(), t));
        return teams;
    }

    private String opdracht(String titel, String categorie, String soort, String team, int begrotingsjaar, int geraamd, String aanvrager,
                            String... gemeenten) {
        Map<String, Object> aanvraag = new LinkedHashMap<>(Map.of("titel", titel, "omschrijving", "Omschrijving van " + titel,
                "gemeenten", List.of(gemeenten), "categorie", categorie, "soort", soort, "taakveld", "0.1", "team", team,
                "begrotingsjaar", begrotingsjaar, "geraamdeUren", geraamd));
        Klant.Antwoord antwoord = college(aanvrager).post("/opdrachten", aanvraag);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asText();
    }

    private void aanvaard(String id) {
        ok(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()));
    }

    private void zegToe(String id, int jaar, int uren) {
        ok(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", jaar, "uren", uren)));
    }

    /** A pseudonym from the medewerkersregister, as the directie gets one. */
    private String medewerker(String naam) {
        Klant.Antwoord antwoord = directie().post("/medewerkers", Map.of("naam", naam));
        ok(antwoord);
        return antwoord.json().get("pseudoniem").asText();
    }

    private void registreer(String id, LocalDate datum, int uren, String medewerker) {
        ok(directie().post("/opdrachten/" + id + "/urenregistraties", Map.of("datum", datum.toString(), "uren", uren,
                "medewerker", medewerker)));
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isBetween(200, 201);
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
            Path map = Files.createTempDirectory("samenboek-geld-");
            map.toFile().deleteOnExit();
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
