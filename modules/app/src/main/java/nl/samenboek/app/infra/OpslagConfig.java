package nl.samenboek.app.infra;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.net.InetSocketAddress;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The storage the application runs on. Without configuration everything is embedded under the data dir, so
 * {@code make run} needs nothing installed; with the SAMENBOEK_* variables it uses external servers.
 */
@Configuration
public class OpslagConfig {

    @Bean(destroyMethod = "close")
    Databaseverbinding databaseverbinding(Datamap datamap,
                                          @Value("${samenboek.db.url:}") String url,
                                          @Value("${samenboek.db.user:postgres}") String gebruiker,
                                          @Value("${samenboek.db.password:}") String wachtwoord) {
        if (!url.isBlank()) {
            return new Databaseverbinding(url, gebruiker, wachtwoord, Optional.empty());
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(datamap.pad("postgres"));
        return new Databaseverbinding(server.jdbcUrl(), server.gebruiker(), server.wachtwoord(), Optional.of(server));
    }

    /** Fails fast when the database is away, so writes get a 503 with Retry-After instead of hanging. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Databaseverbinding verbinding,
                                @Value("${samenboek.db.pool:24}") int pool) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(verbinding.url());
        config.setUsername(verbinding.gebruiker());
        config.setPassword(verbinding.wachtwoord());
        config.setMaximumPoolSize(pool);
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(3));
        config.setValidationTimeout(TimeUnit.SECONDS.toMillis(2));
        config.setInitializationFailTimeout(TimeUnit.SECONDS.toMillis(30));
        config.setPoolName("samenboek-postgres");
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    Leesopslag leesopslag(Datamap datamap,
                          @Value("${samenboek.mongo.uri:}") String uri,
                          @Value("${samenboek.mongo.embedded:h2}") String embedded) {
        if (!uri.isBlank()) {
            return new Leesopslag(uri, Optional.empty());
        }
        MongoServer server = new MongoServer("geheugen".equals(embedded)
                ? new MemoryBackend()
                : new DuurzameH2Backend(datamap.pad("leesmodellen.mv").toString()));
        // loopback only; the embedded server knows no authentication, so any local user could connect
        // (docs/operations.md, residual risk): production uses MongoDB with authentication and TLS
        server.bind("127.0.0.1", 0);
        InetSocketAddress adres = server.getLocalAddress();
        return new Leesopslag("mongodb://127.0.0.1:" + adres.getPort() + "/samenboek", Optional.of(server));
    }

    /**
     * Fails fast when MongoDB is away (docs/reliability.md): a server is chosen within {@code samenboek.mongo.wachttijd}
     * (default 2 s, also the connect timeout) and an answer read within {@code samenboek.mongo.leestijd} (default 2.5 s),
     * so a read answers 503 within about 3 s instead of hanging for the driver's 30 s, and a projection's batch fails
     * and is retried rather than blocking its processor. Settings in the URI ({@code serverSelectionTimeoutMS},
     * {@code socketTimeoutMS}, {@code connectTimeoutMS}) take precedence.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(Leesopslag leesopslag,
                            @Value("${samenboek.mongo.wachttijd:PT2S}") Duration wachttijd,
                            @Value("${samenboek.mongo.leestijd:PT2.5S}") Duration leestijd) {
        ConnectionString uri = new ConnectionString(leesopslag.uri());
        return MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(c -> c.serverSelectionTimeout(wachttijd.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) wachttijd.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) leestijd.toMillis(), TimeUnit.MILLISECONDS))
                .applyConnectionString(uri)
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .build());
    }

    /** The database named in the URI, else {@code samenboek}. */
    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, Leesopslag leesopslag) {
        String database = new ConnectionString(leesopslag.uri()).getDatabase();
        return new SimpleMongoClientDatabaseFactory(client, database == null ? "samenboek" : database);
    }

    /**
     * Tokens of the local development issuer ({@code make token}) are signed with this instance's token key; with an
     * identity provider configured ({@code SAMENBOEK_OIDC_ISSUER}) there is no such key, and none is made. A second node
     * checks them with the first node's public key ({@code SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL}, from verbindingen.env).
     */
    @Bean
    @ConditionalOnExpression("'${samenboek.oidc.issuer:}'.isBlank()")
    RSAPublicKey tokenVerificatiesleutel(Instantiesleutels sleutels) {
        return sleutels.tokenVerificatie();
    }

    /**
     * The same key that {@code make token} signs with, for the web application's development sign-in
     * ({@code POST /api/v1/ontwikkeltokens}, docs/web.md); absent with an identity provider, like the key itself, and on
     * a second node, which holds only the first node's public token key (docs/operations.md, two nodes).
     */
    @Bean
    @ConditionalOnExpression("'${samenboek.oidc.issuer:}'.isBlank() and '${samenboek.token.publieke-sleutel:}'.isBlank()")
    Tokenmaker ontwikkeltokenmaker(Datamap datamap) {
        return new Tokenmaker(new Sleutelopslag(datamap.pad()).laadOfMaak(Tokenmaker.SLEUTELNAAM));
    }
}
