package nl.samenboek.projections.opdracht;

import nl.samenboek.projections.verwerking.Batchopslag;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code opdrachten} collection up to date; idempotent and rebuildable from the event store. */
@Component
@ProcessingGroup(OpdrachtenProjection.NAAM)
public class OpdrachtenProjection {

    public static final String NAAM = "projectie-opdrachten";
    static final String AGGREGAAT = "Opdracht";

    private final Batchopslag<OpdrachtDocument> opslag;
    private final Tussenstanden tussenstanden;

    public OpdrachtenProjection(MongoTemplate mongo, Tussenstanden tussenstanden) {
        this.opslag = new Batchopslag<>(mongo, OpdrachtDocument.class, OpdrachtDocument::getId);
        this.tussenstanden = tussenstanden;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> bericht) {
        if (!AGGREGAAT.equals(bericht.getType())) {
            return;
        }
        OpdrachtDocument document = opslag.zoek(bericht.getAggregateIdentifier()).orElseGet(OpdrachtDocument::new);
        long versie = bericht.getSequenceNumber() + 1;
        if (versie == document.getVersie() + 1) {
            tussenstanden.overweeg(document, bericht.getTimestamp());
        }
        if (document.verwerk(event, versie, bericht.getTimestamp())) {
            opslag.bewaar(document);
        }
    }

    @ResetHandler
    void wisAlles() {
        opslag.leeg();
        tussenstanden.wis();
    }
}
