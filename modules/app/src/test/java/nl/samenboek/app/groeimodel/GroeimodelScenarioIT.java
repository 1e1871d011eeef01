package nl.samenboek.app.groeimodel;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groeimodel and capaciteit of one year with figures computed by hand (docs/groeimodel.md). The year 2021 and the teams
 * "scenario-*" belong to this test alone, so the shared database does not disturb the figures.
 * <pre>
 * A joint standaard, all three, beleid, scenario-ruimte: 400 h by key 1:1:2 → H 100, L 100, T 200; output afspraak
 * B maatwerk Lisse, dienstverlening, scenario-publiek:   150 h → L 150; outcome afspraak
 * C joint Hillegom+Teylingen, bedrijfsvoering, scenario-ruimte: 90 h, own verdeling H 60, T 30 (an overschrijding)
 * D Lisse, beleid, begrotingsjaar 2021, accepted, no hours → geen
 * registered: A 8 + 4 h (by key: H 3, L 3, T 6), B 7.5 h (L), C 9 h (by verdeling: H 6, T 3)
 * tarief scenario-ruimte €100, scenario-publiek €80; werkplan scenario-ruimte 600 h, 20 % ontwikkeltijd → 480 planbaar
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroeimodelScenarioIT extends IntegratieTest {

    private static final int JAAR = 2021;
    private Instant voorC;
    private String c;

    @BeforeAll
    void bouwHetScenario() throws InterruptedException {
        uitgegeven("mw-a1", "mw-b1", "mw-c1");
        Klant directie = directie();
        assertThat(als("beheerder").put("/tarieven/scenario-ruimte/2021", Map.of("tarief", 100)).status()).isEqualTo(200);
        assertThat(als("beheerder").put("/tarieven/scenario-publiek/2021", Map.of("tarief", 80)).status()).isEqualTo(200);
        Klant.Antwoord plan = directie.put("/werkplannen/scenario-ruimte/2021", Map.of("capaciteit", 600,
                "gepland", Map.of("hillegom", 150, "lisse", 100, "teylingen", 200)));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.json().get("planbaar").decimalValue()).isEqualByComparingTo("480");
        assertThat(plan.json().get("vrijeRuimte").decimalValue()).isEqualByComparingTo("30");

        String a = opdracht("hillegom", "Scenario A", "beleid", "standaard", "scenario-ruimte", "hillegom", "lisse", "teylingen");
        college("lisse").post(pad(a, "medeondertekeningen"), Map.of());
        college("teylingen").post(pad(a, "medeondertekeningen"), Map.of());
        ok(directie.post(pad(a, "aanvaardingen"), Map.of()));
        ok(directie.post(pad(a, "toezeggingen"), Map.of("jaar", JAAR, "uren", 400)));
        afspraak(college("lisse"), a, "outputafspraken", "Vastgestelde beleidsnota's");
        ok(directie.post(pad(a, "urenregistraties"), Map.of("datum", "2021-03-01", "uren", 8, "medewerker", "mw-a1")));
        ok(directie.post(pad(a, "urenregistraties"), Map.of("datum", "2021-03-02", "uren", 4, "medewerker", "mw-a1")));

        String b = opdracht("lisse", "Scenario B", "dienstverlening", "maatwerk", "scenario-publiek", "lisse");
        ok(directie.post(pad(b, "aanvaardingen"), Map.of()));
        ok(directie.post(pad(b, "toezeggingen"), Map.of("jaar", JAAR, "uren", 150)));
        afspraak(college("lisse"), b, "outcomeafspraken", "Tevredenheid inwoners over het loket");
        ok(directie.post(pad(b, "urenregistraties"), Map.of("datum", "2021-05-10", "uren", 7.5, "medewerker", "mw-b1")));

        c = opdracht("hillegom", "Scenario C", "bedrijfsvoering", "standaard", "scenario-ruimte", "hillegom", "teylingen");
        college("teylingen").post(pad(c, "medeondertekeningen"), Map.of());
        ok(directie.post(pad(c, "aanvaardingen"), Map.of()));
        Thread.sleep(5);
        voorC = Instant.now();
        Thread.sleep(5);
        Klant.Antwoord teVeel = directie.post(pad(c, "toezeggingen"), Map.of("jaar", JAAR, "uren", 90,
                "verdeling", Map.of("hillegom", 60, "teylingen", 30)));
        assertThat(teVeel.status()).as("490 uur is meer dan de 480 planbare: " + teVeel).isEqualTo(409);
        ok(directie.post(pad(c, "toezeggingen"), Map.of("jaar", JAAR, "uren", 90, "verdeling", Map.of("hillegom", 60, "teylingen", 30),
                "overschrijding", "Extra vraag bedrijfsvoering na de reorganisatie")));
        ok(directie.post(pad(c, "urenregistraties"), Map.of("datum", "2021-06-01", "uren", 9, "medewerker", "mw-c1")));

        String d = opdracht("lisse", "Scenario D", "beleid", "standaard", "scenario-publiek", "lisse");
        ok(directie.post(pad(d, "aanvaardingen"), Map.of()));
    }

    @Test
    void hetGroeimodelVanAlleGemeentenSamen() {
        JsonNode groeimodel = als("bestuur").get("/groeimodel?jaar=2021").json();
        assertThat(groeimodel.get("gemeente").isNull()).isTrue();
        niveau(groeimodel, "input", "90", 1);
        niveau(groeimodel, "output", "400", 1);
        niveau(groeimodel, "outcome", "150", 1);
        niveau(groeimodel, "geen", "0", 1);
        uren(groeimodel.get("totaalUren"), "640");
        uren(groeimodel.get("aandeelOutput"), "0.8594");
        uren(groeimodel.get("aandeelOutcome"), "0.2344");
        uren(groeimodel.at("/perCategorie/beleid/niveaus/output/uren"), "400");
        uren(groeimodel.at("/perTeam/scenario-ruimte/totaalUren"), "490");
        assertThat(groeimodel.get("evaluatiemomenten").findValuesAsText("moment")).containsExactly("2e helft 2028", "eind 2030");
    }

    @Test
    void hetGroeimodelPerGemeente() {
        JsonNode lisse = als("raad", "lisse").get("/groeimodel?gemeente=lisse&jaar=2021").json();
        niveau(lisse, "input", "0", 0);
        niveau(lisse, "output", "100", 1);
        niveau(lisse, "outcome", "150", 1);
        niveau(lisse, "geen", "0", 1);
        uren(lisse.get("aandeelOutput"), "1");
        uren(lisse.get("aandeelOutcome"), "0.6");
        JsonNode mijlpalen = lisse.get("mijlpalen");
        assertThat(mijlpalen.findValuesAsText("niveau")).containsExactly("input", "output", "outcome");
        assertThat(mijlpalen.findValues("jaar").stream().map(JsonNode::asInt).toList()).containsExactly(2025, 2027, 2030);
        uren(mijlpalen.get(1).get("gerealiseerd"), "1");
        assertThat(mijlpalen.get(1).get("behaald").asBoolean()).isTrue();
        uren(mijlpalen.get(2).get("gerealiseerd"), "0.6");
        assertThat(mijlpalen.get(2).get("behaald").asBoolean()).isFalse();

        JsonNode hillegom = als("raad", "hillegom").get("/groeimodel?gemeente=hillegom&jaar=2021").json();
        niveau(hillegom, "input", "60", 1);
        niveau(hillegom, "output", "100", 1);
        uren(hillegom.get("aandeelOutput"), "0.625");
        JsonNode teylingen = als("raad", "teylingen").get("/groeimodel?gemeente=teylingen&jaar=2021").json();
        niveau(teylingen, "input", "30", 1);
        niveau(teylingen, "output", "200", 1);
        uren(teylingen.get("aandeelOutput"), "0.8696");
    }

    @Test
    void deCapaciteitPerGemeenteTegenDeVerdeelsleutel() {
        JsonNode capaciteit = als("auditor").get("/capaciteit?jaar=2021").json();
        Map<String, JsonNode> per = perGemeente(capaciteit);
        gemeente(per.get("hillegom"), "160", "9", "16000", "0.25", "0.25", "0");
        gemeente(per.get("lisse"), "250", "10.5", "22000", "0.3906", "0.25", "0.1406");
        gemeente(per.get("teylingen"), "230", "9", "23000", "0.3594", "0.5", "-0.1406");
        uren(per.get("lisse").get("besteedKosten"), "900");
        uren(capaciteit.at("/perSoort/maatwerk/toegezegdeUren"), "150");
        uren(capaciteit.at("/perSoort/standaard/toegezegdeUren"), "490");
        uren(capaciteit.get("aandeelMaatwerk"), "0.2344");
        uren(capaciteit.at("/perCategorie/bedrijfsvoering/besteedUren"), "9");
    }

    @Test
    void deTeamsTegenHunWerkplan() {
        Map<String, JsonNode> teams = new HashMap<>();
        als("directie").get("/capaciteit?jaar=2021").json().get("teams").forEach(t -> teams.put(t.get("team").asText(), t));
        JsonNode ruimte = teams.get("scenario-ruimte");
        assertThat(ruimte.get("status").asText()).isEqualTo("gepland");
        uren(ruimte.get("capaciteit"), "600");
        uren(ruimte.get("ontwikkeltijd"), "120");
        uren(ruimte.get("planbaar"), "480");
        uren(ruimte.get("gepland"), "450");
        uren(ruimte.get("vrijeRuimte"), "30");
        uren(ruimte.get("toegezegd"), "490");
        uren(ruimte.get("besteed"), "21");
        uren(ruimte.get("boven"), "10");
        assertThat(ruimte.get("ontwikkeltijdGerespecteerd").asBoolean()).isFalse();
        assertThat(ruimte.get("overschrijdingen").get(0).get("opdracht").asText()).isEqualTo(c);
        uren(ruimte.get("overschrijdingen").get(0).get("boven"), "10");
        uren(ruimte.get("kosten"), "49000");
        JsonNode publiek = teams.get("scenario-publiek");
        assertThat(publiek.get("status").asText()).isEqualTo("ongepland");
        uren(publiek.get("toegezegd"), "150");
    }

    @Test
    void bekendOpVoorEenToezeggingToontDeCijfersZonderHaar() {
        Map<String, JsonNode> toen = perGemeente(als("auditor").get("/capaciteit?jaar=2021&bekendOp=" + voorC).json());
        uren(toen.get("hillegom").get("toegezegdeUren"), "100");
        uren(toen.get("teylingen").get("toegezegdeUren"), "200");
        JsonNode groeimodel = als("auditor").get("/groeimodel?jaar=2021&bekendOp=" + voorC).json();
        niveau(groeimodel, "input", "0", 0);
        assertThat(als("auditor").get("/groeimodel?jaar=2021&peildatum=2021-12-31").json().get("totaalUren").decimalValue())
                .as("toezeggingen tellen vanaf de dag waarop ze zijn vastgelegd").isEqualByComparingTo("0");
    }

    @Test
    void eenHerbouwVanAlleLeesmodellenGeeftDezelfdeAntwoorden() {
        String groeimodel = als("auditor").get("/groeimodel?jaar=2021").tekst();
        String capaciteit = als("auditor").get("/capaciteit?jaar=2021").tekst();
        String agenda = als("auditor").get("/uitvoeringsagenda?peildatum=2026-01-01").tekst();
        Klant.Antwoord herbouw = als("beheerder").post("/beheer/herbouwingen", Map.of());
        assertThat(herbouw.status()).as(herbouw.toString()).isEqualTo(200);
        assertThat(herbouw.json().get("bijgewerkt").asBoolean()).isTrue();
        assertThat(als("auditor").get("/groeimodel?jaar=2021").tekst()).isEqualTo(groeimodel);
        assertThat(als("auditor").get("/capaciteit?jaar=2021").tekst()).isEqualTo(capaciteit);
        assertThat(als("auditor").get("/uitvoeringsagenda?peildatum=2026-01-01").tekst()).isEqualTo(agenda);
        assertThat(als("directie").post("/beheer/herbouwingen", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void eenVroegsignaalAlsDeUrenHardLopen() {
        uitgegeven("mw-e1", "mw-f1");
        java.time.LocalDate vandaag = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        int jaar = vandaag.getYear();
        String e = opdracht("lisse", "Signaal", "crisis", "standaard", "scenario-signaal", "lisse");
        ok(directie().post(pad(e, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(e, "toezeggingen"), Map.of("jaar", jaar, "uren", 10)));
        ok(directie().post(pad(e, "urenregistraties"), Map.of("datum", vandaag.toString(), "uren", 12, "medewerker", "mw-e1")));
        // 12 hours by today, projected linearly over the year, exceed 10 hours + 10 %
        BigDecimal verwacht = new BigDecimal(12 * vandaag.lengthOfYear()).divide(new BigDecimal(vandaag.getDayOfYear()), 2,
                java.math.RoundingMode.HALF_UP);
        JsonNode signalen = directie().get("/opdrachten/" + e).json().get("signalen");
        assertThat(signalen).hasSize(1);
        uren(signalen.get(0).get("verwacht"), verwacht.toPlainString());
        uren(signalen.get(0).get("toegezegd"), "10");
        JsonNode capaciteit = als("auditor").get("/capaciteit?jaar=" + jaar).json().get("signalen");
        assertThat(capaciteit.findValuesAsText("opdracht")).contains(e);

        String f = opdracht("lisse", "Geen signaal", "crisis", "standaard", "scenario-signaal", "lisse");
        ok(directie().post(pad(f, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(f, "toezeggingen"), Map.of("jaar", jaar, "uren", 1000)));
        ok(directie().post(pad(f, "urenregistraties"), Map.of("datum", vandaag.toString(), "uren", 1, "medewerker", "mw-f1")));
        assertThat(directie().get("/opdrachten/" + f).json().get("signalen")).isEmpty();
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isBetween(200, 201);
    }

    private String opdracht(String aanvrager, String titel, String categorie, String soort, String team, String... gemeenten) {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag(titel, gemeenten));
        aanvraag.put("categorie", categorie);
        aanvraag.put("soort", soort);
        aanvraag.put("team", team);
        aanvraag.put("begrotingsjaar", JAAR);
        Klant.Antwoord antwoord = college(aanvrager).post("/opdrachten", aanvraag);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asText();
    }

    private static void afspraak(Klant college, String opdracht, String soort, String indicator) {
        Klant.Antwoord antwoord = college.post(pad(opdracht, soort), Map.of("indicator", indicator, "eenheid", "stuks",
                "streefwaarde", 4, "meetmoment", "2021-12-31", "bron", "Jaarverslag HLTsamen"));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
    }

    private static String pad(String id, String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }

    private static void niveau(JsonNode groeimodel, String niveau, String uren, int opdrachten) {
        uren(groeimodel.at("/niveaus/" + niveau + "/uren"), uren);
        assertThat(groeimodel.at("/niveaus/" + niveau + "/opdrachten").asInt()).as("opdrachten op " + niveau).isEqualTo(opdrachten);
    }

    private static void uren(JsonNode waarde, String verwacht) {
        assertThat(waarde.isMissingNode() || waarde.isNull()).as("waarde ontbreekt, verwacht " + verwacht).isFalse();
        assertThat(waarde.decimalValue()).isEqualByComparingTo(new BigDecimal(verwacht));
    }

    private static Map<String, JsonNode> perGemeente(JsonNode capaciteit) {
        Map<String, JsonNode> per = new HashMap<>();
        capaciteit.get("gemeenten").forEach(g -> per.put(g.get("gemeente").asText(), g));
        assertThat(per.keySet()).containsExactlyInAnyOrder("hillegom", "lisse", "teylingen");
        return per;
    }

    private static void gemeente(JsonNode g, String toegezegd, String besteed, String kosten, String aandeel, String sleutel, String afwijking) {
        uren(g.get("toegezegdeUren"), toegezegd);
        uren(g.get("besteedUren"), besteed);
        uren(g.get("kosten"), kosten);
        uren(g.get("aandeelUren"), aandeel);
        uren(g.get("verdeelsleutelAandeel"), sleutel);
        uren(g.get("afwijking"), afwijking);
    }
}
