package nl.samenboek.app.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server from Maven-packaged binaries, with its data in a directory that survives restarts. A
 * ledger must not lose what it acknowledged, so fsync and synchronous_commit are switched back on (the library turns
 * both off for speed). The library starts the server through pg_ctl, which detaches it from this JVM: it is stopped
 * on shutdown, and a server left running on the same directory after a crash (kill -9 of the JVM) is stopped first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path map;

    public EmbeddedPostgresServer(Path map) {
        this(map, 0);
    }

    /** @param poort a fixed port, or 0 for any free one */
    public EmbeddedPostgresServer(Path map, int poort) {
        this.map = map;
        try {
            Files.createDirectories(map);
            stopAchtergeblevenServer(map);
            this.postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(map)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPort(poort)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL kon niet starten in " + map, e);
        }
        LOG.info("Embedded PostgreSQL draait op poort {} met data in {}", postgres.getPort(), map);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int poort() {
        return postgres.getPort();
    }

    /** The server's process id, from postmaster.pid, for tests that simulate a power cut. */
    public Optional<Long> procesId() {
        return leesPid(map);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL stopte niet netjes", e);
        }
    }

    /**
     * After kill -9 of the JVM the detached postmaster may still hold the data directory. Stop it the way PostgreSQL
     * expects (SIGTERM first, then SIGKILL), so the new server can start; PostgreSQL's own crash recovery does the rest.
     */
    private static void stopAchtergeblevenServer(Path map) {
        Optional<ProcessHandle> proces = leesPid(map).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (proces.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = proces.get();
        LOG.warn("Er draait nog een PostgreSQL (pid {}) op {}; die wordt eerst gestopt.", postmaster.pid(), map);
        postmaster.destroy();
        if (!wachtOpEinde(postmaster, Duration.ofSeconds(30))) {
            postmaster.destroyForcibly();
            wachtOpEinde(postmaster, Duration.ofSeconds(10));
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

    private static Optional<Long> leesPid(Path map) {
        Path pidBestand = map.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidBestand)) {
                return Optional.empty();
            }
            List<String> regels = Files.readAllLines(pidBestand);
            return regels.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(regels.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
