package nl.samenboek.app.infra;

import java.util.Optional;

/**
 * Where the event store lives: an external PostgreSQL ({@code SAMENBOEK_DB_URL}, {@code SAMENBOEK_DB_USER},
 * {@code SAMENBOEK_DB_PASSWORD}) or, by default, an embedded one under the data dir.
 */
public record Databaseverbinding(String url, String gebruiker, String wachtwoord, Optional<EmbeddedPostgresServer> embedded)
        implements AutoCloseable {

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedPostgresServer::close);
    }
}
