package nl.samenboek.app;

import nl.samenboek.ledger.medewerker.Medewerkerregister;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL and an embedded Mongo-compatible
 * server, spoken to over real HTTP with real tokens. All subclasses share one Spring context (and so one database),
 * which keeps {@code make test} fast; tests therefore create their own opdrachten and never assume an empty store.
 * A real Kafka broker (embedded, KRaft) receives every event, as it would in production with publication switched on.
 * Time travel keeps a tussenstand every 4 events instead of 500, so every time-travel test also starts from them.
 */
@SpringBootTest(classes = SamenboekApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samenboek.kafka.publicatie=aan", "samenboek.kafka.servers=${spring.embedded.kafka.brokers}",
        "samenboek.tijdreis.tussenstand-na=4"})
@EmbeddedKafka(kraft = true, partitions = 3, topics = IntegratieTest.TOPIC)
public abstract class IntegratieTest {

    protected static final String TOPIC = "samenboek.grootboek";

    protected static final Path DATAMAP = maakDatamap();

    @LocalServerPort
    protected int poort;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private Medewerkerregister medewerkers;

    private static volatile Tokenmaker tokens;

    @DynamicPropertySource
    static void opslag(DynamicPropertyRegistry eigenschappen) {
        eigenschappen.add("samenboek.data-dir", DATAMAP::toString);
        eigenschappen.add("samenboek.mongo.embedded", () -> "geheugen");
    }

    /** Tokens signed with the instance's own key, as {@code make token} makes them. */
    private static Tokenmaker tokens() {
        if (tokens == null) {
            tokens = new Tokenmaker(new Sleutelopslag(DATAMAP).laadOfMaak(Tokenmaker.SLEUTELNAAM));
        }
        return tokens;
    }

    /**
     * Pseudonyms in the medewerkersregister, nameless as an imported grootboek brings them (POST /medewerkers issues
     * random ones, tested in PersoonsgegevensIT): hours are registered only on issued pseudonyms. Already issued: no-op.
     */
    protected void uitgegeven(String... pseudoniemen) {
        medewerkers.neemOverZonderNaam(List.of(pseudoniemen));
    }

    protected String basis() {
        return "http://localhost:" + poort + "/api/v1";
    }

    protected Klant als(String rol) {
        return als(rol, null);
    }

    protected Klant als(String rol, String gemeente) {
        return new Klant(basis(), tokens().maak(rol, gemeente, Duration.ofHours(1)));
    }

    protected Klant anoniem() {
        return new Klant(basis(), null);
    }

    protected Klant college(String gemeente) {
        return als("college", gemeente);
    }

    protected Klant directie() {
        return als("directie");
    }

    protected String token(String rol, String gemeente) {
        return tokens().maak(rol, gemeente, Duration.ofHours(1));
    }

    protected long aantalGebeurtenissen() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    protected long aantalGrootboekregels() {
        return jdbc.queryForObject("SELECT count(*) FROM grootboek", Long.class);
    }

    /** A valid request for an opdracht, to vary per test. */
    protected static Map<String, Object> aanvraag(String titel, String... gemeenten) {
        return new java.util.LinkedHashMap<>(Map.of(
                "titel", titel,
                "omschrijving", "Omschrijving van " + titel,
                "gemeenten", java.util.List.of(gemeenten),
                "categorie", "beleid",
                "soort", "standaard",
                "taakveld", "0.1",
                "team", "strategie",
                "begrotingsjaar", 2025,
                "geraamdeUren", 100));
    }

    private static Path maakDatamap() {
        try {
            Path map = Files.createTempDirectory("samenboek-it-");
            map.toFile().deleteOnExit();
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
