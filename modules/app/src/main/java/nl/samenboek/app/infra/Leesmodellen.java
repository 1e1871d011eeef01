package nl.samenboek.app.infra;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Health of the read-model store, with a plain {@code ping} that both MongoDB and the embedded server answer. */
@Component
public class Leesmodellen implements HealthIndicator {

    private final MongoTemplate mongo;

    public Leesmodellen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            mongo.executeCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down().build();
        }
    }
}
