package nl.samenboek.app.opdracht;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.axon.Aggregaatcache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An opdracht kept in memory between commands (Aggregaatcache) is only used while it is as new as the event store. The
 * test leaves a stale copy in the cache, as another node or an import leaves it when it appends to the same opdracht,
 * and shows that the next commands act on the stored state: an If-Match on the stored versie is accepted (a stale copy
 * would answer 412), and the versies go on without a gap or a double.
 */
class AggregaatcacheIT extends IntegratieTest {

    @Autowired
    Aggregaatcache cache;

    @Test
    void eenVerouderdeKopieInDeCacheWordtNietGebruikt() {
        uitgegeven("mw-cache-1", "mw-cache-2", "mw-cache-3");
        String id = college("lisse").post("/opdrachten", aanvraag("In het geheugen", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 100)).status()).isEqualTo(200);
        assertThat(cache.containsKey(id)).as("na een commando staat de opdracht in de cache").isTrue();
        Object verouderd = cache.get(id);

        assertThat(registreer(id, "mw-cache-1", null)).isEqualTo(200);
        cache.put(id, verouderd); // what this node still holds after another node appended versie 4

        assertThat(registreer(id, "mw-cache-2", "\"4\"")).as("If-Match op de opgeslagen versie, niet die van de kopie").isEqualTo(200);
        assertThat(registreer(id, "mw-cache-3", null)).isEqualTo(200);
        var opdracht = directie().get("/opdrachten/" + id).json();
        assertThat(opdracht.get("versie").asLong()).isEqualTo(6);
        assertThat(opdracht.at("/uren/besteed").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id))
                .isEqualTo(6);
    }

    private int registreer(String id, String medewerker, String versie) {
        var klant = versie == null ? directie() : directie().met("If-Match", versie);
        return klant.post("/opdrachten/" + id + "/urenregistraties", Map.of("datum", "2026-02-02", "uren", 1.5, "medewerker", medewerker))
                .status();
    }
}
