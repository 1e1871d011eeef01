package nl.samenboek.app;

import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * samenboek as a separate operating-system process on a data dir, as {@code make run} starts it: for tests that stop,
 * restart or kill it. {@link #stroomuitval()} kills the JVM and its detached embedded PostgreSQL together with
 * SIGKILL, as a power cut would.
 */
public final class Applicatieproces implements AutoCloseable {

    private final Path datamap;
    private final int poort;
    private final Path log;
    private final Map<String, String> omgeving = new java.util.HashMap<>();
    private Process proces;

    public Applicatieproces(Path datamap) {
        this.datamap = datamap;
        this.poort = vrijePoort();
        this.log = datamap.resolveSibling(datamap.getFileName() + "-" + System.nanoTime() + ".log");
    }

    /** Extra environment for the process, such as SAMENBOEK_DB_URL for an external database. */
    public Applicatieproces met(String naam, String waarde) {
        omgeving.put(naam, waarde);
        return this;
    }

    public Applicatieproces start() {
        begin();
        wachtOpGezond(Duration.ofSeconds(120));
        return this;
    }

    /** Starts a samenboek that must refuse to start: its exit code once it has stopped by itself. */
    public int startMislukt(Duration maximaal) {
        begin();
        try {
            if (!proces.waitFor(maximaal.toMillis(), TimeUnit.MILLISECONDS)) {
                proces.destroyForcibly();
                throw new IllegalStateException("samenboek stopte niet vanzelf binnen " + maximaal + logstaart());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return proces.exitValue();
    }

    /** Everything the process printed so far. */
    public String logtekst() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void begin() {
        List<String> opdracht = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SamenboekApplication.class.getName()));
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        bouwer.environment().put("SAMENBOEK_DATA_DIR", datamap.toString());
        bouwer.environment().put("SAMENBOEK_PORT", String.valueOf(poort));
        bouwer.environment().putAll(omgeving);
        try {
            proces = bouwer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Klant als(String rol, String gemeente) {
        Tokenmaker tokens = new Tokenmaker(new Sleutelopslag(datamap).laadOfMaak(Tokenmaker.SLEUTELNAAM));
        return new Klant("http://localhost:" + poort + "/api/v1", tokens.maak(rol, gemeente, Duration.ofHours(1)));
    }

    /** A normal stop (SIGTERM): Spring shuts down and stops the embedded PostgreSQL. */
    public void stop() {
        proces.destroy();
        try {
            if (!proces.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("samenboek stopte niet binnen een minuut; zie " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** kill -9 of the JVM and of the embedded PostgreSQL with all its backends, at once. */
    public void stroomuitval() {
        Optional<ProcessHandle> postgres = postmasterPid().flatMap(ProcessHandle::of);
        List<ProcessHandle> slachtoffers = new ArrayList<>();
        slachtoffers.add(proces.toHandle());
        postgres.ifPresent(p -> {
            slachtoffers.add(p);
            p.descendants().forEach(slachtoffers::add);
        });
        slachtoffers.forEach(ProcessHandle::destroyForcibly);
        slachtoffers.forEach(p -> {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("proces " + p.pid() + " stopte niet na SIGKILL", e);
            }
        });
    }

    /** kill -9 of the JVM only: its detached PostgreSQL keeps running on the data dir. */
    public void jvmValtUit() {
        proces.destroyForcibly();
        try {
            proces.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Optional<Long> postmasterPid() {
        try {
            Path pid = datamap.resolve("postgres").resolve("postmaster.pid");
            return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int poort() {
        return poort;
    }

    /** The JVM's process id: with the host name it is the node's owner name in token_entry ({@code pid@host}). */
    public long pid() {
        return proces.pid();
    }

    public Klant anoniem() {
        return new Klant("http://localhost:" + poort, null);
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (proces != null && proces.isAlive()) {
            stop();
        }
    }

    private void wachtOpGezond(Duration maximaal) {
        Klant klant = new Klant("http://localhost:" + poort, null);
        long tot = System.nanoTime() + maximaal.toNanos();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("samenboek stopte tijdens het starten (code " + proces.exitValue() + "); zie " + log
                        + logstaart());
            }
            try {
                // the top-level status: a component may be UP while the whole is not yet (seed data still loading)
                if ("UP".equals(klant.get("/actuator/health").json().path("status").asText())) {
                    return;
                }
            } catch (UncheckedIOException nogNiet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("samenboek werd niet gezond binnen " + maximaal + "; zie " + log);
    }

    /** The last lines of the log, for a failure message (the log may be gone with its temporary directory later). */
    public String logstaart() {
        try {
            List<String> regels = Files.readAllLines(log);
            return "\n--- laatste regels van " + log + " ---\n" + String.join("\n", regels.subList(Math.max(0, regels.size() - 40), regels.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File tijdelijkeMap(String voorvoegsel) {
        try {
            return Files.createTempDirectory(voorvoegsel).toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
