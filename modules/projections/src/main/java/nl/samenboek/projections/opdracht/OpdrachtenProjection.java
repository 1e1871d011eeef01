package nl.samenboek.projections.opdracht;

import nl.samenboek.projections.verwerking.Versievolgorde;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.projections.verwerking.Batchopslag;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code opdrachten} collection up to date by folding every opdracht's events ({@link Opdrachtverloop}), and
 * stores the {@link Tussenstanden} time travel starts from; idempotent and rebuildable from the event store.
 */
@Component
@ProcessingGroup(OpdrachtenProjection.NAAM)
public class OpdrachtenProjection {

    public static final String NAAM = "projectie-opdrachten";
    /** How many opdracht documents the projection keeps between batches (Batchopslag#metGeheugen), a few MB. */
    static final long GEHEUGEN = 5_000;

    private final Batchopslag<OpdrachtDocument> opslag;
    private final Tussenstanden tussenstanden;

    public OpdrachtenProjection(MongoTemplate mongo, Tussenstanden tussenstanden) {
        this.opslag = Batchopslag.metGeheugen(mongo, OpdrachtDocument.class, OpdrachtDocument::getId, OpdrachtDocument::getVersie, GEHEUGEN);
        this.tussenstanden = tussenstanden;
    }

    @EventHandler
    void on(OpdrachtGebeurtenis gebeurtenis, DomainEventMessage<?> bericht) {
        OpdrachtDocument document = opslag.zoek(bericht.getAggregateIdentifier(), bericht.getSequenceNumber())
                .orElseGet(OpdrachtDocument::new);
        long versie = bericht.getSequenceNumber() + 1;
        if (Versievolgorde.beoordeel(NAAM, bericht.getAggregateIdentifier(), document.getVersie(), versie)
                == Versievolgorde.Beoordeling.AL_VERWERKT) {
            return;
        }
        tussenstanden.overweeg(document, bericht.getTimestamp());
        if (Opdrachtverloop.verwerk(document, gebeurtenis, versie, bericht.getTimestamp())) {
            opslag.bewaar(document);
        }
    }

    @ResetHandler
    void wisAlles() {
        opslag.leeg();
        tussenstanden.wis();
    }
}
