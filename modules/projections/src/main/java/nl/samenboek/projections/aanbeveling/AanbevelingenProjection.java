package nl.samenboek.projections.aanbeveling;

import nl.samenboek.projections.verwerking.Versievolgorde;
import nl.samenboek.messages.aanbeveling.AanbevelingGebeurtenis;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.projections.verwerking.Batchopslag;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The recommendations A–X with their facts, and the joint meetings; idempotent and rebuildable. */
@Component
@ProcessingGroup(AanbevelingenProjection.NAAM)
public class AanbevelingenProjection {

    public static final String NAAM = "projectie-aanbevelingen";

    private final MongoTemplate mongo;
    private final Batchopslag<AanbevelingDocument> opslag;

    public AanbevelingenProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.opslag = new Batchopslag<>(mongo, AanbevelingDocument.class, AanbevelingDocument::getLetter);
    }

    @EventHandler
    void on(AanbevelingGebeurtenis gebeurtenis, DomainEventMessage<?> bericht) {
        AanbevelingDocument document = opslag.zoek(gebeurtenis.letter()).orElseGet(AanbevelingDocument::new);
        if (Versievolgorde.beoordeel(NAAM, gebeurtenis.letter(), document.getVersie(), bericht.getSequenceNumber() + 1)
                == Versievolgorde.Beoordeling.VOLGENDE && document.verwerk(gebeurtenis, bericht.getSequenceNumber() + 1, bericht.getTimestamp())) {
            opslag.bewaar(document);
        }
    }

    @EventHandler
    void on(BijeenkomstGehouden gehouden, @Timestamp Instant tijdstip) {
        mongo.save(new BijeenkomstDocument(gehouden.bijeenkomstId(), gehouden.soort(), gehouden.datum(), gehouden.gemeenten(),
                gehouden.onderwerp(), tijdstip, gehouden.pcMoment(), null));
    }

    @EventHandler
    void on(BijeenkomstGepland gepland, @Timestamp Instant tijdstip) {
        mongo.save(new BijeenkomstDocument(gepland.bijeenkomstId(), gepland.soort(), gepland.datum(), gepland.gemeenten(),
                gepland.onderwerp(), tijdstip, gepland.pcMoment(), null));
    }

    @EventHandler
    void on(BijeenkomstGeannuleerd geannuleerd, @Timestamp Instant tijdstip) {
        BijeenkomstDocument bijeenkomst = mongo.findById(geannuleerd.bijeenkomstId(), BijeenkomstDocument.class);
        if (bijeenkomst != null && bijeenkomst.annulering() == null) {
            mongo.save(bijeenkomst.geannuleerd(geannuleerd.reden(), tijdstip));
        }
    }

    @ResetHandler
    void wisAlles() {
        opslag.leeg();
        mongo.remove(new Query(Criteria.where("_id").exists(true)), BijeenkomstDocument.class);
    }
}
