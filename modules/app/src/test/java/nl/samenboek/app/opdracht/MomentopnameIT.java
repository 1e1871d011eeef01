package nl.samenboek.app.opdracht;

import nl.samenboek.app.IntegratieTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An opdracht with hundreds of registrations is loaded from a snapshot plus the events after it; the rules that depend
 * on its whole history (at most 24 hours a day per medewerker) still hold across the snapshot.
 */
class MomentopnameIT extends IntegratieTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.samenboek.app.axon.Aggregaatcache aggregaatcache;

    @Test
    void eenLangeOpdrachtKomtUitEenMomentopnameEnHoudtZichAanDeRegels() {
        uitgegeven("mw-vol");
        uitgegeven(java.util.stream.IntStream.range(0, 210).mapToObj(i -> "mw-" + i).toArray(String[]::new));
        String id = college("lisse").post("/opdrachten", aanvraag("Veel uren", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 5000)).status()).isEqualTo(200);
        assertThat(registreer(id, "mw-vol", "2026-01-05", 24)).isEqualTo(200);
        for (int i = 0; i < 210; i++) {
            assertThat(registreer(id, "mw-" + i, "2026-02-02", 1)).isEqualTo(200);
        }
        // snapshots are taken on a thread of their own, after the command (AxonConfig)
        long tot = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id) == 0
                && System.nanoTime() < tot) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id))
                .as("na 200 gebeurtenissen is er een momentopname").isPositive();
        aggregaatcache.removeAll(); // so the next commands load it from the snapshot and the events after it

        assertThat(registreer(id, "mw-vol", "2026-01-05", 1)).as("de 24 uur van vóór de momentopname tellen mee").isEqualTo(400);
        assertThat(registreer(id, "mw-0", "2026-02-02", 2)).isEqualTo(200);
        var opdracht = directie().get("/opdrachten/" + id).json();
        assertThat(opdracht.get("versie").asLong()).isEqualTo(3 + 1 + 210 + 1);
        assertThat(opdracht.at("/uren/besteed").decimalValue()).isEqualByComparingTo("236");
    }

    private int registreer(String id, String medewerker, String datum, int uren) {
        return directie().post("/opdrachten/" + id + "/urenregistraties", Map.of("datum", datum, "uren", uren, "medewerker", medewerker)).status();
    }
}
