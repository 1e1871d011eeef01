package nl.samenboek.projections.opdracht;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.samenboek.projections.verwerking.Leesmodelconversies;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Mongo-compatible server in memory, with a client, for tests of the read models without Spring. */
public final class GeheugenMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    /** A template with the application's conversions on the named database. */
    public MongoTemplate template(String database) {
        return Leesmodelconversies.mongoTemplate(client, database);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
