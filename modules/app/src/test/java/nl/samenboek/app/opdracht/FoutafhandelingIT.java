package nl.samenboek.app.opdracht;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.api.schrijven.IdempotentieOpslag;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenboek.app.opdracht.OpdrachtLevenscyclusIT.pad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong order, stale versions, retries and bad input: the right status, problem+json, and nothing stored. */
class FoutafhandelingIT extends IntegratieTest {

    @Autowired
    private IdempotentieOpslag idempotentie;

    @Test
    void verkeerdeVolgordeGeeft409EnSlaatNietsOp() {
        String id = nieuweOpdracht();
        long voor = aantalGebeurtenissen();
        Klant.Antwoord antwoord = directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 10));
        assertThat(antwoord.status()).isEqualTo(409);
        assertProbleem(antwoord);
        assertThat(aantalGebeurtenissen()).isEqualTo(voor);
    }

    @Test
    void verouderdeIfMatchGeeft412() {
        String id = nieuweOpdracht();
        assertThat(directie().met("If-Match", "\"1\"").post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(200);
        long voor = aantalGebeurtenissen();
        Klant.Antwoord verouderd = directie().met("If-Match", "\"1\"").post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 10));
        assertThat(verouderd.status()).isEqualTo(412);
        assertProbleem(verouderd);
        assertThat(aantalGebeurtenissen()).isEqualTo(voor);
        assertThat(directie().met("If-Match", "\"2\"").post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 10)).status()).isEqualTo(200);
    }

    @Test
    void dezelfdeIdempotencyKeyGeeftHetzelfdeAntwoordEnEenGebeurtenis() {
        Klant lisse = college("lisse").met("Idempotency-Key", "aanvraag-" + UUID.randomUUID());
        long voor = aantalGebeurtenissen();
        Klant.Antwoord eerste = lisse.post("/opdrachten", aanvraag("Eenmalig", "lisse"));
        Klant.Antwoord tweede = lisse.post("/opdrachten", aanvraag("Eenmalig", "lisse"));
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.tekst()).isEqualTo(eerste.tekst());
        assertThat(tweede.kop("Location")).isEqualTo(eerste.kop("Location"));
        assertThat(aantalGebeurtenissen()).isEqualTo(voor + 1);
    }

    /** API.md: a key is honoured at least 24 hours; older ones are forgotten (SAMENBOEK_IDEMPOTENTIE_BEWAARTERMIJN). */
    @Test
    void eenIdempotencyKeyWordtNaDeBewaartermijnVergetenEnNooitBinnen24Uur() {
        String oud = "aanvraag-oud-" + UUID.randomUUID();
        String vers = "aanvraag-vers-" + UUID.randomUUID();
        assertThat(college("lisse").met("Idempotency-Key", oud).post("/opdrachten", aanvraag("Oude sleutel", "lisse")).status()).isEqualTo(201);
        assertThat(college("lisse").met("Idempotency-Key", vers).post("/opdrachten", aanvraag("Verse sleutel", "lisse")).status()).isEqualTo(201);
        jdbc.update("UPDATE idempotentie SET vastgelegd_op = now() - interval '25 hours' WHERE sleutel LIKE ?", "%" + oud + "%");

        assertThatThrownBy(() -> idempotentie.ruimOp(Duration.ofHours(23))).isInstanceOf(IllegalArgumentException.class);
        assertThat(idempotentie.ruimOp(Duration.ofHours(24))).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotentie WHERE sleutel LIKE ?", Long.class, "%" + oud + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotentie WHERE sleutel LIKE ?", Long.class, "%" + vers + "%")).isOne();
    }

    @Test
    void dezelfdeIdempotencyKeyOpEenSubbronGeeftHetOorspronkelijkeAntwoordOokNaEenLatereWijziging() {
        String id = nieuweOpdracht();
        Klant directie = directie().met("Idempotency-Key", "aanvaarding-" + UUID.randomUUID());
        Klant.Antwoord eerste = directie.post(pad(id, "aanvaardingen"), Map.of());
        assertThat(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 10)).status()).isEqualTo(200);
        Klant.Antwoord herhaald = directie.post(pad(id, "aanvaardingen"), Map.of());
        assertThat(herhaald.status()).isEqualTo(200);
        assertThat(herhaald.tekst()).isEqualTo(eerste.tekst());
        assertThat(herhaald.kop("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void dezelfdeIdempotencyKeyMetEenAnderLichaamGeeft422() {
        Klant lisse = college("lisse").met("Idempotency-Key", "aanvraag-" + UUID.randomUUID());
        assertThat(lisse.post("/opdrachten", aanvraag("Eerste", "lisse")).status()).isEqualTo(201);
        long voor = aantalGebeurtenissen();
        Klant.Antwoord ander = lisse.post("/opdrachten", aanvraag("Tweede", "lisse"));
        assertThat(ander.status()).isEqualTo(422);
        assertProbleem(ander);
        assertThat(aantalGebeurtenissen()).isEqualTo(voor);
    }

    @Test
    void ongeldigeInvoerNoemtElkVeldEnSlaatNietsOp() {
        long voor = aantalGebeurtenissen();
        long regels = aantalGrootboekregels();
        Map<String, Object> fout = new java.util.HashMap<>(aanvraag("x", "lisse"));
        fout.put("titel", "");
        fout.put("taakveld", "9.9");
        fout.put("begrotingsjaar", 2041);
        fout.put("geraamdeUren", -5);
        fout.put("aanbevelingen", List.of("Y"));
        Klant.Antwoord antwoord = college("lisse").post("/opdrachten", fout);
        assertThat(antwoord.status()).isEqualTo(400);
        assertProbleem(antwoord);
        assertThat(velden(antwoord)).containsExactlyInAnyOrder("titel", "taakveld", "begrotingsjaar", "geraamdeUren", "aanbevelingen");
        assertThat(aantalGebeurtenissen()).isEqualTo(voor);
        assertThat(aantalGrootboekregels()).isEqualTo(regels);
    }

    @Test
    void eenNietSmarteAfspraakNoemtElkOntbrekendDeelEnSlaatNietsOp() {
        String id = nieuweOpdracht();
        assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(200);
        assertThat(directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 40)).status()).isEqualTo(200);
        long voor = aantalGebeurtenissen();
        long regels = aantalGrootboekregels();
        for (String soort : List.of("outputafspraken", "outcomeafspraken")) {
            // indicator blank, eenheid empty, no streefwaarde, a meetmoment before the begrotingsjaar, no bron
            Klant.Antwoord vaag = college("lisse").post(pad(id, soort), Map.of("indicator", " ", "eenheid", "",
                    "meetmoment", "2024-06-01"));
            assertThat(vaag.status()).as(vaag.toString()).isEqualTo(400);
            assertProbleem(vaag);
            assertThat(velden(vaag)).as(soort).containsExactlyInAnyOrder("indicator", "eenheid", "streefwaarde", "meetmoment", "bron");
        }
        assertThat(aantalGebeurtenissen()).isEqualTo(voor);
        assertThat(aantalGrootboekregels()).isEqualTo(regels);
        assertThat(college("lisse").get("/opdrachten/" + id).json().get("niveau").asText()).isEqualTo("input");
    }

    @Test
    void eenVerkeerdTypeNoemtHetVeld() {
        Map<String, Object> fout = new java.util.HashMap<>(aanvraag("x", "lisse"));
        fout.put("geraamdeUren", "veel");
        Klant.Antwoord antwoord = college("lisse").post("/opdrachten", fout);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(velden(antwoord)).containsExactly("geraamdeUren");
        Klant.Antwoord categorie = college("lisse").post("/opdrachten", Map.of("categorie", "sport"));
        assertThat(categorie.status()).isEqualTo(400);
        assertThat(velden(categorie)).containsExactly("categorie");
    }

    @Test
    void eenGetalOfWaarheidswaardeIsGeenTekst() {
        Map<String, Object> getallen = new java.util.HashMap<>(aanvraag("x", "lisse"));
        getallen.put("gemeenten", java.util.List.of(1, 2));
        Klant.Antwoord antwoord = college("lisse").post("/opdrachten", getallen);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(velden(antwoord)).allMatch(veld -> veld.startsWith("gemeenten"));
        Map<String, Object> waarheid = new java.util.HashMap<>(aanvraag("x", "lisse"));
        waarheid.put("titel", true);
        assertThat(velden(college("lisse").post("/opdrachten", waarheid))).containsExactly("titel");
    }

    @Test
    void maatwerkVoorTweeGemeentenNoemtSoort() {
        Map<String, Object> fout = new java.util.HashMap<>(aanvraag("Maatwerk", "lisse", "hillegom"));
        fout.put("soort", "maatwerk");
        Klant.Antwoord antwoord = college("lisse").post("/opdrachten", fout);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(velden(antwoord)).contains("soort");
    }

    @Test
    void onbekendeGemeenteNoemtGemeenten() {
        Klant.Antwoord antwoord = college("lisse").post("/opdrachten", aanvraag("Met Bennebroek", "lisse", "bennebroek"));
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(velden(antwoord)).containsExactly("gemeenten");
    }

    @Test
    void geenJsonGeeft400EnGeen500() {
        Klant.Antwoord antwoord = college("lisse").stuur("POST", "/opdrachten", "application/json", "{\"titel\": ");
        assertThat(antwoord.status()).isEqualTo(400);
        assertProbleem(antwoord);
        Klant.Antwoord tekst = college("lisse").stuur("POST", "/opdrachten", "text/plain", "hallo");
        assertThat(tekst.status()).isEqualTo(415);
        assertProbleem(tekst);
    }

    @Test
    void onbekendeOpdrachtGeeft404() {
        String onbekend = UUID.randomUUID().toString();
        assertThat(directie().get("/opdrachten/" + onbekend).status()).isEqualTo(404);
        Klant.Antwoord aanvaarding = directie().post(pad(onbekend, "aanvaardingen"), Map.of());
        assertThat(aanvaarding.status()).isEqualTo(404);
        assertProbleem(aanvaarding);
    }

    @Test
    void ongeldigeQueryparametersNoemenDeParameter() {
        assertThat(velden(directie().get("/opdrachten?peildatum=gisteren"))).containsExactly("peildatum");
        assertThat(velden(directie().get("/opdrachten?bekendOp=nu"))).containsExactly("bekendOp");
        assertThat(velden(directie().get("/opdrachten?status=klaar"))).containsExactly("status");
        assertThat(velden(directie().get("/opdrachten?paginagrootte=1000"))).containsExactly("paginagrootte");
        assertThat(velden(directie().get("/opdrachten?begrotingsjaar=vorig"))).containsExactly("begrotingsjaar");
    }

    @Test
    void eenUrenregistratieVanMeerDanEenEtmaalWordtGeweigerd() {
        uitgegeven("mw-7");
        String id = nieuweOpdracht();
        directie().post(pad(id, "aanvaardingen"), Map.of());
        directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 100));
        assertThat(directie().post(pad(id, "urenregistraties"), Map.of("datum", "2025-05-01", "uren", 16, "medewerker", "mw-7")).status()).isEqualTo(200);
        Klant.Antwoord teVeel = directie().post(pad(id, "urenregistraties"), Map.of("datum", "2025-05-01", "uren", 9, "medewerker", "mw-7"));
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(velden(teVeel)).containsExactly("uren");
    }

    private String nieuweOpdracht() {
        return college("lisse").post("/opdrachten", aanvraag("Fouttest", "lisse")).json().get("id").asText();
    }

    static void assertProbleem(Klant.Antwoord antwoord) {
        assertThat(antwoord.kop("Content-Type")).startsWith("application/problem+json");
        JsonNode probleem = antwoord.json();
        assertThat(probleem.get("status").asInt()).isEqualTo(antwoord.status());
        assertThat(probleem.hasNonNull("title")).isTrue();
        assertThat(probleem.hasNonNull("detail")).isTrue();
        assertThat(probleem.hasNonNull("type")).isTrue();
        assertThat(antwoord.tekst()).doesNotContain("Exception", "at nl.", "SELECT", "INSERT");
    }

    private static List<String> velden(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        return antwoord.ongeldigeVelden();
    }
}
