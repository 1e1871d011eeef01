package nl.samenboek.app.medewerker;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md, principle 6: events hold only pseudonymous medewerker ids; the mapping to a person sits in an erasable table
 * outside the ledger, and erasing a person leaves every grootboek valid.
 */
class PersoonsgegevensIT extends IntegratieTest {

    private static final String NAAM = "Geertruida Zuidervaart-Testpersoon";

    @Test
    void geenNaamUitHetRegisterStaatInDeEventStoreEnWissenLaatElkGrootboekGeldig() {
        JsonNode medewerker = directie().post("/medewerkers", Map.of("naam", NAAM)).json();
        String pseudoniem = medewerker.get("pseudoniem").asText();
        assertThat(pseudoniem).startsWith("mw-").doesNotContain("Geertruida");

        String id = college("lisse").post("/opdrachten", aanvraag("Uren onder pseudoniem", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 40)).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/urenregistraties",
                Map.of("datum", "2026-03-02", "uren", 6, "medewerker", pseudoniem)).status()).isEqualTo(200);

        assertThat(aantalMet(pseudoniem)).as("het pseudoniem staat in de gebeurtenis").isPositive();
        for (String deel : List.of(NAAM, "Geertruida", "Zuidervaart")) {
            assertThat(aantalMet(deel)).as("'" + deel + "' in de event store of het grootboek").isZero();
        }
        assertThat(als("beheerder").get("/medewerkers/" + pseudoniem).json().get("naam").asText()).isEqualTo(NAAM);

        assertThat(als("beheerder").stuur("DELETE", "/medewerkers/" + pseudoniem, null, null).status()).isEqualTo(204);
        assertThat(als("beheerder").get("/medewerkers/" + pseudoniem).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM medewerker WHERE naam LIKE '%Zuidervaart%'", Long.class)).isZero();
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            assertThat(als("auditor").get("/audit/gemeenten/" + gemeente + "/verificatie").json().get("geldig").asBoolean())
                    .as("grootboek van " + gemeente + " na het wissen").isTrue();
        }
        assertThat(directie().get("/opdrachten/" + id).json().at("/uren/besteed").decimalValue()).isEqualByComparingTo("6");

        long gebeurtenissen = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        Klant.Antwoord gewist = directie().post("/opdrachten/" + id + "/urenregistraties",
                Map.of("datum", "2026-03-03", "uren", 2, "medewerker", pseudoniem));
        assertThat(gewist.status()).as("een gewiste medewerker krijgt geen nieuwe uren").isEqualTo(409);
        assertThat(gewist.json().get("regel").asText()).isEqualTo("registratie.medewerker-gewist");
        Klant.Antwoord verzonnen = directie().post("/opdrachten/" + id + "/urenregistraties",
                Map.of("datum", "2026-03-03", "uren", 2, "medewerker", "mw-verzonnen"));
        assertThat(verzonnen.status()).as("alleen pseudoniemen uit het register").isEqualTo(400);
        assertThat(verzonnen.ongeldigeVelden()).containsExactly("medewerker");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(gebeurtenissen);
    }

    @Test
    void eenHerhaaldeRegistratieMetDezelfdeSleutelGeeftHetzelfdePseudoniemEnBewaartGeenNaamBijDeSleutel() {
        String naam = "Hendrika Idempotentia";
        String sleutel = "medewerker-" + java.util.UUID.randomUUID();
        Klant.Antwoord eerste = directie().met("Idempotency-Key", sleutel).post("/medewerkers", Map.of("naam", naam));
        Klant.Antwoord herhaald = directie().met("Idempotency-Key", sleutel).post("/medewerkers", Map.of("naam", naam));
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(herhaald.status()).isEqualTo(201);
        String pseudoniem = eerste.json().get("pseudoniem").asText();
        assertThat(herhaald.json().get("pseudoniem").asText()).isEqualTo(pseudoniem);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM medewerker WHERE naam = ?", Long.class, naam)).isEqualTo(1);
        assertThat(directie().met("Idempotency-Key", sleutel).post("/medewerkers", Map.of("naam", "Iemand Anders")).status())
                .isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotentie WHERE position(convert_to('Idempotentia', 'UTF8') in resultaat) > 0",
                Long.class)).as("de naam staat niet bij de sleutel").isZero();

        assertThat(als("beheerder").stuur("DELETE", "/medewerkers/" + pseudoniem, null, null).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotentie WHERE sleutel LIKE ?", Long.class, "%" + sleutel + "%"))
                .as("wissen vergeet ook de sleutel waarmee de persoon werd geregistreerd").isZero();
    }

    @Test
    void eenNaamIsVerplichtEnEenOnbekendPseudoniemBestaatNiet() {
        var zonderNaam = directie().post("/medewerkers", Map.of("naam", " "));
        assertThat(zonderNaam.status()).isEqualTo(400);
        assertThat(zonderNaam.json().at("/invalidParams/0/name").asText()).isEqualTo("naam");
        for (String geenNaam : java.util.List.of("\u202Eevil\u202C", "DROP TABLE medewerker;--", "😀", "a".repeat(201))) {
            assertThat(directie().post("/medewerkers", Map.of("naam", geenNaam)).status()).as(geenNaam).isEqualTo(400);
        }
        assertThat(directie().post("/medewerkers", Map.of("naam", "Anne-Marie d’Hondt")).status()).isEqualTo(201);
        assertThat(als("beheerder").stuur("DELETE", "/medewerkers/mw-bestaatniet", null, null).status()).isEqualTo(404);
        assertThat(directie().stuur("DELETE", "/medewerkers/mw-bestaatniet", null, null).status()).isEqualTo(403);
    }

    /** Events and ledger entries whose stored bytes contain the text, in any of the columns an event lives in. */
    private long aantalMet(String tekst) {
        String patroon = "%" + tekst + "%";
        Long gebeurtenissen = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ? "
                + "OR convert_from(meta_data, 'UTF8') LIKE ?", Long.class, patroon, patroon);
        Long grootboek = jdbc.queryForObject("SELECT count(*) FROM grootboek g WHERE g::text LIKE ?", Long.class, patroon);
        Long momentopnamen = jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, patroon);
        return gebeurtenissen + grootboek + momentopnamen;
    }
}
