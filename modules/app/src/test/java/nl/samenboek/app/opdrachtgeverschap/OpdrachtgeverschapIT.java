package nl.samenboek.app.opdrachtgeverschap;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opdrachtgeverschap as the nota means it (2.1.2), through HTTP: where work comes from and when it is due, a college
 * that refuses to co-sign, the bestuur's priorities, corrections that never delete, and a weekly timesheet — all or
 * nothing.
 */
class OpdrachtgeverschapIT extends IntegratieTest {

    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void eenRaadsmotieTeLaatGeleverdIsNietTijdigEnGeeftEenSignaalZolangZeOpenIs() {
        Map<String, Object> aanvraag = aanvraag("Motie fietspaden", "lisse");
        aanvraag.put("herkomst", Map.of("soort", "raadsmotie", "kenmerk", "M2026-07", "datum", "2026-01-15"));
        aanvraag.put("opleverdatum", VANDAAG.minusDays(1).toString());
        String id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        ok(directie().post(pad(id, "aanvaardingen"), Map.of()));

        JsonNode open = college("lisse").get("/opdrachten/" + id).json();
        assertThat(open.at("/herkomst/soort").asText()).isEqualTo("raadsmotie");
        assertThat(open.at("/herkomst/kenmerk").asText()).isEqualTo("M2026-07");
        assertThat(open.get("tijdig").isNull()).isTrue();
        assertThat(signalen(college("lisse"), "oplevering-te-laat")).extracting(s -> s.get("opdracht").asText()).contains(id);
        assertThat(opdrachten(college("lisse"), "herkomst=raadsmotie")).contains(id);

        ok(directie().post(pad(id, "afrondingen"), Map.of()));
        JsonNode afgerond = college("lisse").get("/opdrachten/" + id).json();
        assertThat(afgerond.get("geleverdOp").asText()).isEqualTo(VANDAAG.toString());
        assertThat(afgerond.get("tijdig").asBoolean()).isFalse();
        assertThat(signalen(college("lisse"), "oplevering-te-laat")).extracting(s -> s.get("opdracht").asText()).doesNotContain(id);
    }

    @Test
    void zonderHerkomstIsZeNietOpgegevenMetEenSignaal() {
        String id = college("hillegom").post("/opdrachten", aanvraag("Zonder herkomst", "hillegom")).json().get("id").asText();
        assertThat(college("hillegom").get("/opdrachten/" + id).json().at("/herkomst/soort").asText()).isEqualTo("niet-opgegeven");
        assertThat(signalen(college("hillegom"), "herkomst-ontbreekt")).extracting(s -> s.get("opdracht").asText()).contains(id);
        assertThat(opdrachten(college("hillegom"), "herkomst=niet-opgegeven")).contains(id);
    }

    @Test
    void teylingenWeigertEenGezamenlijkeOpdrachtMetReden() {
        String id = college("hillegom").post("/opdrachten", aanvraag("Gezamenlijk, geweigerd", "hillegom", "lisse", "teylingen"))
                .json().get("id").asText();
        ok(college("lisse").post(pad(id, "medeondertekeningen"), Map.of()));
        assertThat(college("lisse").post(pad(id, "weigeringen"), Map.of("reden", "Toch niet")).status())
                .as("na medeondertekening niet meer").isEqualTo(409);
        Klant.Antwoord doorAanvrager = college("hillegom").post(pad(id, "weigeringen"), Map.of("reden", "Toch niet"));
        assertThat(doorAanvrager.status()).isEqualTo(403);
        assertThat(doorAanvrager.json().get("regel").asText()).isEqualTo("medeondertekening.niet-door-aanvrager");

        Klant.Antwoord geweigerd = college("teylingen").post(pad(id, "weigeringen"), Map.of("reden", "Past niet in ons programma"));
        assertThat(geweigerd.status()).as(geweigerd.tekst()).isEqualTo(200);
        assertThat(geweigerd.json().get("status").asText()).isEqualTo("geweigerd");
        JsonNode opdracht = college("teylingen").get("/opdrachten/" + id).json();
        assertThat(opdracht.at("/weigering/gemeente").asText()).isEqualTo("teylingen");
        assertThat(opdracht.at("/weigering/reden").asText()).isEqualTo("Past niet in ons programma");
        assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).as("geweigerd is afgelopen").isEqualTo(409);
    }

    @Test
    void eenPrioriteitVanHetBestuurZetDeOpdrachtVooraan() {
        Map<String, Object> eerste = aanvraag("Prioriteit, eerst gevraagd", "teylingen");
        eerste.put("begrotingsjaar", 2039);
        Map<String, Object> tweede = aanvraag("Prioriteit, later gevraagd", "teylingen");
        tweede.put("begrotingsjaar", 2039);
        String oud = college("teylingen").post("/opdrachten", eerste).json().get("id").asText();
        String nieuw = college("teylingen").post("/opdrachten", tweede).json().get("id").asText();
        assertThat(opdrachten(als("bestuur"), "begrotingsjaar=2039&gemeente=teylingen")).startsWith(nieuw, oud);

        assertThat(als("directie").post(pad(oud, "prioriteringen"), Map.of("prioriteit", "hoog", "reden", "R")).status())
                .as("alleen het bestuur").isEqualTo(403);
        ok(als("bestuur").post(pad(oud, "prioriteringen"), Map.of("prioriteit", "hoog", "reden", "Raadsmotie met termijn")));
        assertThat(opdrachten(als("bestuur"), "begrotingsjaar=2039&gemeente=teylingen")).startsWith(oud, nieuw);
        assertThat(college("teylingen").get("/opdrachten/" + oud).json().get("prioriteit").asText()).isEqualTo("hoog");
    }

    @Test
    void eenCorrectieVeranderdtDeBestedeUrenOveralEnBeideBlijvenInDeGeschiedenis() {
        uitgegeven("mw-correctie");
        String id = college("lisse").post("/opdrachten", aanvraag("Correctie", "lisse")).json().get("id").asText();
        ok(directie().post(pad(id, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 40)));
        Klant.Antwoord registratie = ok(directie().post(pad(id, "urenregistraties"),
                Map.of("datum", "2026-02-02", "uren", 8, "medewerker", "mw-correctie")));
        long versie = registratie.json().get("versie").asLong();
        BigDecimal capaciteitVoor = besteedInCapaciteit("lisse");
        BigDecimal pcVoor = besteedInPcDocument("lisse");

        Klant.Antwoord teVeel = directie().post(pad(id, "urencorrecties"), Map.of("registratie", versie, "uren", 25, "reden", "x"));
        assertThat(teVeel.ongeldigeVelden()).containsExactly("uren");
        Klant.Antwoord gecorrigeerd = directie().post(pad(id, "urencorrecties"),
                Map.of("registratie", versie, "uren", 5, "reden", "Drie uur op een andere opdracht"));
        assertThat(gecorrigeerd.status()).as(gecorrigeerd.tekst()).isEqualTo(200);

        JsonNode opdracht = college("lisse").get("/opdrachten/" + id).json();
        assertThat(opdracht.at("/uren/besteed").decimalValue()).isEqualByComparingTo("5");
        assertThat(opdracht.at("/correcties/0/vorigeUren").decimalValue()).isEqualByComparingTo("8");
        assertThat(besteedInCapaciteit("lisse")).isEqualByComparingTo(capaciteitVoor.subtract(new BigDecimal("3")));
        assertThat(besteedInPcDocument("lisse")).isEqualByComparingTo(pcVoor.subtract(new BigDecimal("3")));
        List<String> typen = new ArrayList<>();
        college("lisse").get("/opdrachten/" + id + "/gebeurtenissen").json().at("/_embedded/gebeurtenissen")
                .forEach(g -> typen.add(g.get("type").asText()));
        assertThat(typen).contains("UrenGeregistreerd", "UrenGecorrigeerd");
    }

    @Test
    void eenUrenstaatMetEenFouteRegelSlaatNietsOpEnDeVerbeterdeAlleDriehonderd() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = college("teylingen").post("/opdrachten", aanvraag("Urenstaat " + i, "teylingen")).json().get("id").asText();
            ok(directie().post(pad(id, "aanvaardingen"), Map.of()));
            ok(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 2000)));
            ids.add(id);
        }
        StringBuilder goed = new StringBuilder("\uFEFFdatum;medewerker;opdracht;uren\r\n");
        StringBuilder fout = new StringBuilder(goed);
        uitgegeven(java.util.stream.IntStream.range(0, 300).mapToObj(regel -> "mw-staat-" + regel).toArray(String[]::new));
        for (int regel = 0; regel < 300; regel++) {
            String dag = String.format("%02d-11-2026", 2 + regel % 20);
            String lijn = dag + ";mw-staat-" + regel + ";" + ids.get(regel % 3) + ";" + (regel % 2 == 0 ? "7,5" : "8") + "\r\n";
            goed.append(lijn);
            fout.append(regel == 149 ? dag + ";mw-staat-1;bestaat-niet;7,5\r\n" : lijn);
        }
        long gebeurtenissen = aantalGebeurtenissen();
        long registraties = jdbc.queryForObject("SELECT count(*) FROM urenregistratie", Long.class);

        Klant.Antwoord geweigerd = directie().stuur("POST", "/urenstaten", "text/csv", fout.toString());
        assertThat(geweigerd.status()).as(geweigerd.tekst()).isEqualTo(400);
        assertThat(geweigerd.ongeldigeVelden()).containsExactly("regel 151");
        assertThat(geweigerd.tekst()).contains("bestaat-niet");
        assertThat(aantalGebeurtenissen()).isEqualTo(gebeurtenissen);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM urenregistratie", Long.class)).isEqualTo(registraties);

        Klant.Antwoord opgeslagen = directie().stuur("POST", "/urenstaten", "text/csv", goed.toString());
        assertThat(opgeslagen.status()).as(opgeslagen.tekst()).isEqualTo(201);
        assertThat(opgeslagen.json().get("regels").asInt()).isEqualTo(300);
        assertThat(opgeslagen.json().get("opdrachten").asInt()).isEqualTo(3);
        assertThat(opgeslagen.json().get("uren").decimalValue()).isEqualByComparingTo("2325");
        assertThat(opgeslagen.json().get("registraties")).hasSize(300);
        assertThat(opgeslagen.json().at("/registraties/0/regel").asInt()).isEqualTo(2);
        assertThat(aantalGebeurtenissen()).isEqualTo(gebeurtenissen + 300);
        for (String id : ids) {
            assertThat(directie().get("/opdrachten/" + id).json().get("versie").asLong()).isEqualTo(3 + 100);
        }
    }

    @Test
    void eenUrenstaatBewaaktDeVierentwintigUurOokBinnenHetBestand() {
        String id = college("lisse").post("/opdrachten", aanvraag("Urenstaat dag", "lisse")).json().get("id").asText();
        ok(directie().post(pad(id, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 100)));
        uitgegeven("mw-lang");
        String staat = "datum;medewerker;opdracht;uren\n2026-11-30;mw-lang;" + id + ";12\n2026-11-30;mw-lang;" + id + ";12,5\n";
        Klant.Antwoord antwoord = directie().stuur("POST", "/urenstaten", "text/csv", staat);
        assertThat(antwoord.ongeldigeVelden()).containsExactly("regel 3");
    }

    /** The days of a timesheet are read ahead in one query (Urenboek#leesVooruit): the hours already stored count. */
    @Test
    void eenUrenstaatTeltDeUrenDieAlOpDieDagStaan() {
        String id = college("lisse").post("/opdrachten", aanvraag("Urenstaat na losse uren", "lisse")).json().get("id").asText();
        ok(directie().post(pad(id, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 100)));
        uitgegeven("mw-eerder", "mw-ander");
        ok(directie().post(pad(id, "urenregistraties"), Map.of("datum", "2026-11-30", "uren", 20, "medewerker", "mw-eerder")));
        String teVeel = "datum;medewerker;opdracht;uren\n2026-11-30;mw-ander;" + id + ";8\n2026-11-30;mw-eerder;" + id + ";4,5\n";
        assertThat(directie().stuur("POST", "/urenstaten", "text/csv", teVeel).ongeldigeVelden()).containsExactly("regel 3");
        String past = "datum;medewerker;opdracht;uren\n2026-11-30;mw-ander;" + id + ";8\n2026-11-30;mw-eerder;" + id + ";4\n";
        assertThat(directie().stuur("POST", "/urenstaten", "text/csv", past).status()).isEqualTo(201);
        assertThat(directie().get("/opdrachten/" + id).json().at("/uren/besteed").decimalValue()).isEqualByComparingTo("32");
    }

    @Test
    void eenUrenstaatMetDezelfdeSleutelWordtEenmaalGeregistreerd() {
        String id = college("hillegom").post("/opdrachten", aanvraag("Urenstaat tweemaal", "hillegom")).json().get("id").asText();
        ok(directie().post(pad(id, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 100)));
        uitgegeven("mw-tweemaal");
        String staat = "datum;medewerker;opdracht;uren\n2026-11-23;mw-tweemaal;" + id + ";6\n";
        Klant metSleutel = directie().met("Idempotency-Key", "urenstaat-" + id);
        Klant.Antwoord eerste = metSleutel.stuur("POST", "/urenstaten", "text/csv", staat);
        long gebeurtenissen = aantalGebeurtenissen();
        Klant.Antwoord tweede = metSleutel.stuur("POST", "/urenstaten", "text/csv", staat);
        assertThat(eerste.status()).as(eerste.tekst()).isEqualTo(201);
        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.json()).isEqualTo(eerste.json());
        assertThat(aantalGebeurtenissen()).isEqualTo(gebeurtenissen);
        assertThat(metSleutel.stuur("POST", "/urenstaten", "text/csv", staat.replace(";6", ";7")).status()).isEqualTo(422);
    }

    @Test
    void signalenVanVoorEenAanvraagKennenHaarNiet() {
        String voor = java.time.Instant.now().toString();
        String id = college("lisse").post("/opdrachten", aanvraag("Signaal met tijdreis", "lisse")).json().get("id").asText();
        assertThat(signalen(college("lisse"), "herkomst-ontbreekt")).extracting(s -> s.get("opdracht").asText()).contains(id);
        List<String> toen = new ArrayList<>();
        college("lisse").get("/signalen?paginagrootte=100&bekendOp=" + voor).json().at("/_embedded/signalen")
                .forEach(s -> toen.add(s.path("opdracht").asText()));
        assertThat(toen).doesNotContain(id);
    }

    private static Klant.Antwoord ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.tekst()).isBetween(200, 201);
        return antwoord;
    }

    private static String pad(String id, String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }

    private static List<JsonNode> signalen(Klant klant, String soort) {
        List<JsonNode> lijst = new ArrayList<>();
        klant.get("/signalen?paginagrootte=100").json().at("/_embedded/signalen").forEach(s -> {
            if (s.get("soort").asText().equals(soort)) {
                lijst.add(s);
            }
        });
        return lijst;
    }

    private static List<String> opdrachten(Klant klant, String filter) {
        List<String> ids = new ArrayList<>();
        klant.get("/opdrachten?paginagrootte=100&" + filter).json().at("/_embedded/opdrachten").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private BigDecimal besteedInCapaciteit(String gemeente) {
        Map<String, BigDecimal> per = new HashMap<>();
        directie().get("/capaciteit?jaar=2026").json().get("gemeenten").forEach(g -> per.put(g.get("gemeente").asText(),
                g.get("besteedUren").decimalValue()));
        return per.get(gemeente);
    }

    private BigDecimal besteedInPcDocument(String gemeente) {
        return directie().get("/pc-documenten/" + gemeente + "/2026/jaarrekening").json().at("/totalen/besteedUren").decimalValue();
    }
}
