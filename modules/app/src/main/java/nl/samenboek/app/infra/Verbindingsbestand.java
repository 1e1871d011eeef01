package nl.samenboek.app.infra;

import nl.samenboek.ledger.sleutel.Afgeschermd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a second node on the same host needs to join this one (docs/operations.md, two nodes), written to
 * {@code SAMENBOEK_DATA_DIR/}{@value #BESTAND} once the application is ready: the embedded PostgreSQL's URL, user and
 * password, the embedded Mongo-compatible server's URI, the public half of the token key (or the identity provider
 * settings), the checkpoint key, the number of segments per projection, and every other {@code SAMENBOEK_*} setting
 * this node was started with, so both behave alike. Not {@code SAMENBOEK_PORT} or {@code SAMENBOEK_DATA_DIR}: each
 * node has its own. One {@code KEY=value} line each, no {@code export}, a value single-quoted only where the shell
 * needs it, so {@code set -a; . data/verbindingen.env; set +a} reads it. The file holds passwords and a private key:
 * it is made {@code 0600} from the start ({@link Afgeschermd#schrijf}), inside the {@code 0700} data dir.
 *
 * <p>Only a node that runs the embedded PostgreSQL writes it (it owns the stores); a node on external stores removes a
 * stale one, since its operator configures every node the same way anyway.
 */
@Component
public class Verbindingsbestand {

    private static final Logger LOG = LoggerFactory.getLogger(Verbindingsbestand.class);
    public static final String BESTAND = "verbindingen.env";
    /** Every node has its own; a client's bearer token is not a setting of the instance. */
    private static final Set<String> EIGEN = Set.of("SAMENBOEK_PORT", "SAMENBOEK_DATA_DIR", "SAMENBOEK_TOKEN");
    private static final Pattern KAAL = Pattern.compile("[A-Za-z0-9_./:@%+,=-]*");

    private final Datamap datamap;
    private final Databaseverbinding database;
    private final Leesopslag leesopslag;
    private final Instantiesleutels sleutels;
    private final String uitgever;
    private final int segmenten;

    public Verbindingsbestand(Datamap datamap, Databaseverbinding database, Leesopslag leesopslag, Instantiesleutels sleutels,
                              @Value("${samenboek.oidc.issuer:}") String uitgever,
                              @Value("${samenboek.projecties.segmenten:1}") int segmenten) {
        this.datamap = datamap;
        this.database = database;
        this.leesopslag = leesopslag;
        this.sleutels = sleutels;
        this.uitgever = uitgever;
        this.segmenten = segmenten;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void schrijf() {
        Path bestand = datamap.pad(BESTAND);
        try {
            if (database.embedded().isEmpty()) {
                if (Files.deleteIfExists(bestand)) {
                    LOG.info("{} verwijderd: deze node draait niet op de embedded PostgreSQL", bestand);
                }
                return;
            }
            Afgeschermd.schrijf(bestand, inhoud(instellingen(System.getenv())).getBytes(StandardCharsets.UTF_8));
            LOG.info("Een tweede node sluit aan met: set -a; . {}; set +a; SAMENBOEK_PORT=8081 SAMENBOEK_DATA_DIR=./data2 make run "
                    + "(docs/operations.md)", bestand);
        } catch (IOException e) {
            throw new UncheckedIOException("het verbindingenbestand " + bestand + " kon niet worden geschreven", e);
        }
    }

    /** The settings, in the order they are written: this node's own SAMENBOEK_* first, then what it computed. */
    Map<String, String> instellingen(Map<String, String> omgeving) {
        Map<String, String> instellingen = new LinkedHashMap<>();
        new TreeMap<>(omgeving).forEach((naam, waarde) -> {
            if (naam.startsWith("SAMENBOEK_") && !EIGEN.contains(naam)) {
                instellingen.put(naam, waarde);
            }
        });
        instellingen.put("SAMENBOEK_DB_URL", database.url());
        instellingen.put("SAMENBOEK_DB_USER", database.gebruiker());
        instellingen.put("SAMENBOEK_DB_PASSWORD", database.wachtwoord());
        instellingen.put("SAMENBOEK_MONGO_URI", leesopslag.uri());
        if (uitgever.isBlank()) {
            instellingen.put("SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL", Instantiesleutels.alsTekst(sleutels.tokenVerificatie()));
        }
        instellingen.put("SAMENBOEK_CONTROLEPUNT_SLEUTEL", Instantiesleutels.alsTekst(sleutels.controlepunt()));
        instellingen.put("SAMENBOEK_PROJECTIES_SEGMENTEN", String.valueOf(segmenten));
        return instellingen;
    }

    static String inhoud(Map<String, String> instellingen) {
        StringBuilder tekst = new StringBuilder("""
                # samenboek: what a second node on this host needs to join this one (docs/operations.md, two nodes).
                # Rewritten at every start of this node (the embedded servers get new ports). Holds passwords and keys: keep it 0600.
                # set -a; . data/verbindingen.env; set +a; SAMENBOEK_PORT=8081 SAMENBOEK_DATA_DIR=./data2 make run
                """);
        instellingen.forEach((naam, waarde) -> tekst.append(naam).append('=').append(aanhalen(waarde)).append('\n'));
        return tekst.toString();
    }

    /** The value as the shell reads it back: bare where it can be, else in single quotes. */
    static String aanhalen(String waarde) {
        return KAAL.matcher(waarde).matches() ? waarde : "'" + waarde.replace("'", "'\\''") + "'";
    }
}
