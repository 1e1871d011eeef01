package nl.samenboek.app.opdracht;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.axon.Aggregaatcache;
import org.junit.jupiter.api.Test;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An opdracht kept in memory between commands (Aggregaatcache) is only used while it is as new as the event store. The
 * test appends an event to a cached opdracht straight through the storage engine, as another node (or an import) does,
 * and shows that the next commands act on the stored state: an If-Match on the stored versie is accepted (a stale copy
 * would answer 412), and the versies go on without a gap or a double.
 */
class AggregaatcacheIT extends IntegratieTest {

    @Autowired
    Aggregaatcache cache;
    @Autowired
    EventStorageEngine opslag;
    @Autowired
    PlatformTransactionManager transacties;

    @Test
    void eenVerouderdeKopieInDeCacheWordtNietGebruikt() {
        uitgegeven("mw-cache-1", "mw-cache-2", "mw-cache-3");
        String id = college("lisse").post("/opdrachten", aanvraag("In het geheugen", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 100)).status()).isEqualTo(200);
        assertThat(cache.containsKey(id)).as("na een commando staat de opdracht in de cache").isTrue();

        // another node registers hours on the same opdracht: versie 4 is in the store, this node's copy is at versie 3
        UrenGeregistreerd elders = new UrenGeregistreerd(OpdrachtId.van(id), LocalDate.parse("2026-02-02"), new BigDecimal("1.5"),
                "mw-cache-1", List.of("lisse"));
        new TransactionTemplate(transacties).executeWithoutResult(status ->
                opslag.appendEvents(new GenericDomainEventMessage<>("Opdracht", id, 3, elders)));
        assertThat(cache.containsKey(id)).isTrue();

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
