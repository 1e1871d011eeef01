package nl.samenboek.projections.gemeente;

import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.GemeenteUitgetreden;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Gemeenten and the history of the verdeelsleutel; saving by id makes a repeated event harmless. */
@Component
@ProcessingGroup(SamenwerkingProjection.NAAM)
public class SamenwerkingProjection {

    public static final String NAAM = "projectie-samenwerking";

    private final MongoTemplate mongo;

    public SamenwerkingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(GemeenteToegetreden toegetreden, @Timestamp Instant tijdstip) {
        mongo.save(new GemeenteDocument(toegetreden.code(), toegetreden.naam(), toegetreden.datum(), tijdstip, toegetreden.inwoners(),
                null, null));
    }

    @EventHandler
    void on(GemeenteUitgetreden uitgetreden, @Timestamp Instant tijdstip) {
        GemeenteDocument g = mongo.findById(uitgetreden.code(), GemeenteDocument.class);
        if (g != null) {
            mongo.save(new GemeenteDocument(g.code(), g.naam(), g.toegetredenOp(), g.vastgelegdOp(), g.inwoners(), uitgetreden.datum(),
                    tijdstip));
        }
    }

    @EventHandler
    void on(VerdeelsleutelVastgesteld vastgesteld, EventMessage<?> bericht) {
        mongo.save(new VerdeelsleutelDocument(bericht.getIdentifier(), vastgesteld.ingangsdatum(), vastgesteld.aandelen(),
                bericht.getTimestamp()));
    }

    @ResetHandler
    void wisAlles() {
        mongo.remove(new Query(Criteria.where("_id").exists(true)), GemeenteDocument.class);
        mongo.remove(new Query(Criteria.where("_id").exists(true)), VerdeelsleutelDocument.class);
    }
}
