package nl.samenboek.app.opdracht;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.domain.opdracht.Opdracht;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot holds the opdracht's fields in the form of its {@code @Revision}. When that form changes, the revision is
 * raised and snapshots of another revision are passed over (Axon's revision filter for the aggregate): the opdracht is
 * folded from its events again, and a new snapshot follows in the new form. So an old snapshot never breaks loading and
 * is never trusted. Both snapshots below claim the opdracht is afgerond while its events say aanvaard.
 */
class MomentopnameRevisieIT extends IntegratieTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.samenboek.app.axon.Aggregaatcache aggregaatcache;

    @Test
    void eenMomentopnameVanEenOudereRevisieTeltNiet() {
        String id = aanvaardeOpdracht();
        // the form of revision 2, with the soort that revision 3 no longer keeps
        legMomentopnameVast(id, "2", "{\"id\":\"" + id + "\",\"gemeenten\":[\"lisse\"],\"soort\":\"standaard\",\"team\":\"momentopname\","
                + "\"begrotingsjaar\":2025,\"status\":\"afgerond\",\"aanvrager\":\"lisse\",\"ondertekend\":[\"lisse\"],"
                + "\"toegezegdPerJaar\":{},\"urenPerMedewerkerPerDag\":{},\"afspraken\":{}}");

        Klant.Antwoord toezegging = directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2025, "uren", 10));

        assertThat(toezegging.status()).as(toezegging.tekst()).isEqualTo(200);
        assertThat(toezegging.json().get("versie").asLong()).isEqualTo(3);
    }

    @Test
    void eenMomentopnameVanDeHuidigeRevisieTeltWel() {
        // the control: without its revision, the same snapshot would be believed
        String id = aanvaardeOpdracht();
        legMomentopnameVast(id, Opdracht.class.getAnnotation(Revision.class).value(), "{\"id\":\"" + id + "\",\"gemeenten\":[\"lisse\"],"
                + "\"team\":\"momentopname\",\"begrotingsjaar\":2025,\"status\":\"afgerond\",\"aanvrager\":\"lisse\","
                + "\"ondertekend\":[\"lisse\"],\"toegezegdPerJaar\":{},\"afspraken\":{}}");

        Klant.Antwoord toezegging = directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2025, "uren", 10));

        assertThat(toezegging.status()).as(toezegging.tekst()).isEqualTo(409);
        assertThat(toezegging.json().get("regel").asText()).isEqualTo("levenscyclus.uren-toezeggen");
    }

    private String aanvaardeOpdracht() {
        Map<String, Object> aanvraag = aanvraag("Momentopname van een oudere vorm", "lisse");
        aanvraag.put("team", "momentopname");
        String id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        return id;
    }

    /** A snapshot after the opdracht's two events (sequence numbers 0 and 1). */
    private void legMomentopnameVast(String id, String revisie, String velden) {
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) VALUES (?, 1, 'Opdracht', ?, ?, ?, ?, ?, ?)",
                id, UUID.randomUUID().toString(), Instant.now().toString(), "nl.samenboek.domain.opdracht.Opdracht", revisie,
                velden.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        aggregaatcache.remove(id); // as after a restart: the next command loads the opdracht from the store
    }
}
