package nl.samenboek.app.infra;

import de.bwaldvogel.mongo.MongoServer;

import java.util.Optional;

/**
 * Where the read models live: an external MongoDB ({@code SAMENBOEK_MONGO_URI}) or, by default, an embedded
 * Mongo-compatible server (H2 file under the data dir, or memory for tests).
 */
public record Leesopslag(String uri, Optional<MongoServer> embedded) implements AutoCloseable {

    @Override
    public void close() {
        embedded.ifPresent(MongoServer::shutdownNow);
    }
}
