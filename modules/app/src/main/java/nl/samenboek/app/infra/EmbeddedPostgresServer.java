package nl.samenboek.app.infra;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.samenboek.ledger.sleutel.Afgeschermd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A real PostgreSQL server from Maven-packaged binaries, with its data in a directory that survives restarts. A
 * ledger must not lose what it acknowledged, so fsync and synchronous_commit are switched back on (the library turns
 * both off for speed). The library starts the server through pg_ctl, which detaches it from this JVM: it is stopped
 * on shutdown, and a server left running on the same directory after a crash (kill -9 of the JVM) is stopped first —
 * the caller holds the data dir's lock, so that server can belong to no other running samenboek.
 *
 * <p>Locked down (docs/operations.md): the binaries are extracted beside the data, not in a shared temporary
 * directory; the server listens on 127.0.0.1 only, without a Unix socket, and every connection needs the password of
 * the superuser (scram-sha-256), generated at the first start and kept in a {@code 0600} file beside the data. A data
 * directory of an earlier version, initialised with {@code trust}, gets a password and a new pg_hba.conf at its next
 * start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String GEBRUIKER = "postgres";
    private static final String HOST = "127.0.0.1";
    /** Only over loopback, only with the password: the whole pg_hba.conf of an embedded server. */
    static final String TOEGANGSREGELS = """
            # samenboek: only over loopback, only with the password (docs/operations.md)
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path map;
    private final String wachtwoord;

    public EmbeddedPostgresServer(Path map) {
        this(map, 0);
    }

    /**
     * @param map   the data directory; the binaries go to {@code <map>-bin}, the password to {@code <map>-wachtwoord}
     * @param poort a fixed port, or 0 for any free one
     */
    public EmbeddedPostgresServer(Path map, int poort) {
        this.map = map;
        Path wachtwoordbestand = map.resolveSibling(map.getFileName() + "-wachtwoord");
        try {
            Path binaries = Afgeschermd.maakMap(map.resolveSibling(map.getFileName() + "-bin"));
            stopAchtergeblevenServer(map);
            boolean nieuw = !Files.exists(map.resolve("PG_VERSION"));
            boolean vertrouwd = !nieuw && staatVertrouwenToe(map);
            if (!nieuw && !vertrouwd && !Files.exists(wachtwoordbestand)) {
                throw new IllegalStateException("Het wachtwoordbestand " + wachtwoordbestand + " van de embedded PostgreSQL in " + map
                        + " ontbreekt; zonder kan samenboek zijn eigen database niet openen. Zet het terug uit de back-up.");
            }
            this.wachtwoord = wachtwoord(wachtwoordbestand);
            EmbeddedPostgres.Builder bouwer = EmbeddedPostgres.builder()
                    .setDataDirectory(nieuw ? Afgeschermd.maakMap(map) : map)
                    .setCleanDataDirectory(false)
                    // its own resolver per server, so the library extracts the binaries for this data dir and not for
                    // whichever server of this JVM came first (it remembers extractions per resolver)
                    .setPgBinaryResolver((systeem, architectuur) -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(systeem, architectuur))
                    .setOverrideWorkingDirectory(binaries.toFile())
                    // initdb: the superuser gets the password, every connection must give it (the last -A wins)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", wachtwoordbestand.toString())
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setConnectConfig("password", wachtwoord)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPort(poort);
            this.postgres = bouwer.start();
            if (vertrouwd) {
                zetWachtwoord();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL kon niet starten in " + map, e);
        }
        LOG.info("Embedded PostgreSQL draait op {}:{} met data in {}", HOST, postgres.getPort(), map);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + postgres.getPort() + "/postgres";
    }

    public String gebruiker() {
        return GEBRUIKER;
    }

    /** The superuser's password, as kept in the {@code 0600} file beside the data directory. */
    public String wachtwoord() {
        return wachtwoord;
    }

    public int poort() {
        return postgres.getPort();
    }

    /** The server's process id, from postmaster.pid, for tests that simulate a power cut. */
    public Optional<Long> procesId() {
        return leesPostmaster(map).map(Postmaster::pid);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL stopte niet netjes", e);
        }
    }

    /** The password from its file, or a new random one written there ({@code 0600} from the start). */
    private static String wachtwoord(Path bestand) throws IOException {
        if (Files.exists(bestand)) {
            String bewaard = Files.readString(bestand, StandardCharsets.US_ASCII).strip();
            if (!bewaard.isEmpty()) {
                return bewaard;
            }
        }
        byte[] willekeurig = new byte[32];
        new SecureRandom().nextBytes(willekeurig);
        String nieuw = Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
        Afgeschermd.schrijf(bestand, (nieuw + "\n").getBytes(StandardCharsets.US_ASCII));
        return nieuw;
    }

    /** Whether pg_hba.conf lets anyone in without a password, as the library's initdb made it in earlier versions. */
    static boolean staatVertrouwenToe(Path map) throws IOException {
        Path regels = map.resolve("pg_hba.conf");
        return Files.exists(regels) && Files.readAllLines(regels).stream().map(String::strip)
                .filter(r -> !r.isEmpty() && !r.startsWith("#"))
                .anyMatch(r -> List.of(r.split("\\s+")).contains("trust"));
    }

    /**
     * Migrates a data directory of an earlier version: gives the superuser the password, replaces pg_hba.conf by the
     * password-only rules and reloads them. Until the reload the server still trusts loopback, as it did before; an
     * interrupted migration is simply done again at the next start (the password file is kept).
     */
    private void zetWachtwoord() throws IOException {
        LOG.warn("De embedded PostgreSQL in {} liet verbindingen zonder wachtwoord toe (een datamap van een eerdere versie); "
                + "hij krijgt nu een wachtwoord en scram-sha-256.", map);
        Properties eigenschappen = new Properties();
        eigenschappen.setProperty("user", GEBRUIKER);
        eigenschappen.setProperty("password", wachtwoord);
        try (Connection verbinding = DriverManager.getConnection(jdbcUrl(), eigenschappen);
             Statement opdracht = verbinding.createStatement()) {
            opdracht.execute("SET password_encryption = 'scram-sha-256'");
            // the password is Base64url: no quote can end the literal
            opdracht.execute("ALTER ROLE " + GEBRUIKER + " PASSWORD '" + wachtwoord + "'");
            Afgeschermd.schrijf(map.resolve("pg_hba.conf"), TOEGANGSREGELS.getBytes(StandardCharsets.US_ASCII));
            opdracht.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("de embedded PostgreSQL in " + map + " kon geen wachtwoord krijgen", e);
        }
    }

    /**
     * After kill -9 of the JVM the detached postmaster may still hold the data directory. Stop it the way PostgreSQL
     * expects (SIGTERM first, then SIGKILL), so the new server can start; PostgreSQL's own crash recovery does the rest.
     * Only a postgres process whose postmaster.pid names this very directory is stopped, and only by a caller that
     * holds the data dir's lock (no running samenboek uses it).
     */
    private static void stopAchtergeblevenServer(Path map) {
        Optional<Postmaster> postmaster = leesPostmaster(map).filter(p -> zelfdeMap(p.map(), map));
        Optional<ProcessHandle> proces = postmaster.flatMap(p -> ProcessHandle.of(p.pid()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (proces.isEmpty()) {
            return;
        }
        ProcessHandle achtergebleven = proces.get();
        LOG.warn("Er draait nog een PostgreSQL (pid {}) op {}; die wordt eerst gestopt.", achtergebleven.pid(), map);
        achtergebleven.destroy();
        if (!wachtOpEinde(achtergebleven, Duration.ofSeconds(30))) {
            achtergebleven.destroyForcibly();
            wachtOpEinde(achtergebleven, Duration.ofSeconds(10));
        }
    }

    private static boolean zelfdeMap(String genoemd, Path map) {
        try {
            return Path.of(genoemd).toRealPath().equals(map.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean wachtOpEinde(ProcessHandle proces, Duration maximaal) {
        try {
            proces.onExit().get(maximaal.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !proces.isAlive();
        }
    }

    /** The first two lines of postmaster.pid: the postmaster's pid and its data directory. */
    private record Postmaster(long pid, String map) {
    }

    private static Optional<Postmaster> leesPostmaster(Path map) {
        Path pidBestand = map.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidBestand)) {
                return Optional.empty();
            }
            List<String> regels = Files.readAllLines(pidBestand);
            return regels.size() < 2 ? Optional.empty()
                    : Optional.of(new Postmaster(Long.parseLong(regels.get(0).strip()), regels.get(1).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
