package nl.samenboek.projections.monitor;

import nl.samenboek.projections.verwerking.Versievolgorde;
import nl.samenboek.messages.monitor.MonitorGebeurtenis;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The monitor's normenkaders and metingen (docs/monitor.md); idempotent (the document knows its versie) and rebuildable. */
@Component
@ProcessingGroup(MonitorProjection.NAAM)
public class MonitorProjection {

    public static final String NAAM = "projectie-monitor";

    private final MongoTemplate mongo;

    public MonitorProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(MonitorGebeurtenis gebeurtenis, DomainEventMessage<?> bericht) {
        MonitorDocument document = Optional.ofNullable(mongo.findById(MonitorDocument.ID, MonitorDocument.class))
                .orElseGet(MonitorDocument::new);
        if (Versievolgorde.beoordeel(NAAM, MonitorDocument.ID, document.getVersie(), bericht.getSequenceNumber() + 1)
                == Versievolgorde.Beoordeling.VOLGENDE && document.verwerk(gebeurtenis, bericht.getSequenceNumber() + 1, bericht.getTimestamp())) {
            mongo.save(document);
        }
    }

    @ResetHandler
    void wisAlles() {
        mongo.remove(new Query(Criteria.where("_id").exists(true)), MonitorDocument.class);
    }
}
