package nl.samenboek.projections.capaciteit;

import nl.samenboek.messages.formatie.FormatieVastgesteld;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Werkplannen, afdelingstarieven and formaties, every version kept by its event id (so a repeated event is harmless). */
@Component
@ProcessingGroup(WerkplanProjection.NAAM)
public class WerkplanProjection {

    public static final String NAAM = "projectie-werkplannen";

    private final MongoTemplate mongo;

    public WerkplanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(WerkplanVastgesteld plan, DomainEventMessage<?> bericht) {
        mongo.save(new WerkplanDocument(bericht.getIdentifier(), plan.team(), plan.jaar(), plan.capaciteit(),
                plan.ontwikkeltijdPercentage(), plan.ontwikkeltijd(), plan.planbaar(), plan.gepland(), plan.vrijeRuimte(),
                bericht.getSequenceNumber() + 1, bericht.getTimestamp()));
    }

    @EventHandler
    void on(TariefVastgesteld tarief, DomainEventMessage<?> bericht) {
        mongo.save(new TariefDocument(bericht.getIdentifier(), tarief.team(), tarief.jaar(), tarief.tarief(), bericht.getTimestamp()));
    }

    @EventHandler
    void on(FormatieVastgesteld formatie, DomainEventMessage<?> bericht) {
        mongo.save(new FormatieDocument(bericht.getIdentifier(), formatie.team(), formatie.jaar(), formatie.fte(), formatie.vacaturesFte(),
                formatie.inhuurUren(), formatie.urenPerFte(), formatie.beschikbareUren(), bericht.getSequenceNumber() + 1,
                bericht.getTimestamp()));
    }

    @ResetHandler
    void wisAlles() {
        mongo.remove(new Query(Criteria.where("_id").exists(true)), FormatieDocument.class);
        mongo.remove(new Query(Criteria.where("_id").exists(true)), WerkplanDocument.class);
        mongo.remove(new Query(Criteria.where("_id").exists(true)), TariefDocument.class);
    }
}
