package nl.samenboek.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.app.SamenboekApplication;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code make bench [SCALE=small]}: starts samenboek on embedded PostgreSQL and the embedded Mongo-compatible store,
 * loads a generated history of HLTsamen, runs the six workloads with their baselines, prints a table and writes
 * {@code target/bench/results-<scale>.json}, {@code results.json} (the latest run) and {@code curve.svg} (both scales) at the
 * repository root.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks van samenboek op HLTsamen-schaal.")
public class Benchmark implements Callable<Integer> {

    /** The date of the nota "HLT Samen Verder": the recommendations are recorded then, as in a real first start. */
    private static final Instant NOTA = Instant.parse("2024-10-22T09:00:00Z");
    private static final long ZAAD = 2025;
    private static final int BATCH = 2_000;

    @Option(names = "--scale", defaultValue = "default", description = "small (≈ 100.000 gebeurtenissen) of default (≈ 1.000.000)")
    String schaal;

    @Option(names = "--zaad", defaultValue = "2025", description = "het zaad van de generator")
    long zaad = ZAAD;

    @Option(names = "--werklasten", split = ",", defaultValue = "w1,w2,w3,w4,w5,w6",
            description = "welke werklasten (standaard alle); 'geen' laadt alleen de geschiedenis, om te profileren")
    List<String> werklasten;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Geschiedenisgenerator.Schaal maat = Geschiedenisgenerator.Schaal.van(schaal);
        Path hoofdmap = hoofdmap();
        Path uit = hoofdmap.resolve("target/bench");
        Path datamap = uit.resolve("data-" + maat.naam());
        verwijder(datamap);
        Files.createDirectories(datamap);

        try (Heapmeter heap = new Heapmeter()) {
            long start = System.nanoTime();
            GenericEventMessage.clock = Clock.fixed(NOTA, ZoneOffset.UTC);
            ConfigurableApplicationContext app;
            try {
                // as command-line arguments, so they win over application.yml like SAMENBOEK_* variables do
                app = new SpringApplicationBuilder(SamenboekApplication.class).run(
                        "--samenboek.data-dir=" + datamap,
                        "--samenboek.port=0",
                        "--samenboek.mongo.embedded=h2",
                        "--logging.level.root=WARN");
            } finally {
                GenericEventMessage.clock = Clock.systemUTC();
            }
            try {
                int poort = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
                System.out.printf("samenboek draait op poort %d (data in %s), opstarten %.1f s%n", poort, datamap,
                        (System.nanoTime() - start) / 1e9);
                Map<String, Object> laden = new LinkedHashMap<>();
                Geschiedenisgenerator generator = laad(app, maat, laden);
                long gebeurtenissen = aantalGebeurtenissen(app);
                Werklasten werk = new Werklasten(app, poort, datamap);
                Map<String, Werklasten.Uitkomst> uitkomsten = new LinkedHashMap<>();

                int jaar = maat.eersteJaar() + 2;
                if (werklasten.contains("w3")) {
                    meld("w3 verificatie…");
                    uitkomsten.put("w3", werk.w3(Geschiedenisgenerator.GEMEENTEN));
                }
                if (werklasten.contains("w2")) {
                    meld("w2 herbouw…");
                    uitkomsten.put("w2", werk.w2(gebeurtenissen));
                }
                if (werklasten.contains("w4")) {
                    meld("w4 lezen…");
                    Map<String, String> eindpunten = new LinkedHashMap<>();
                    eindpunten.put("groeimodel", "/groeimodel?gemeente=lisse&jaar=" + jaar);
                    eindpunten.put("capaciteit", "/capaciteit?jaar=" + jaar);
                    eindpunten.put("uitvoeringsagenda", "/uitvoeringsagenda");
                    eindpunten.put("pcDocument", "/pc-documenten/lisse/" + jaar + "/begroting");
                    uitkomsten.put("w4", werk.w4(eindpunten, 500, 100));
                }
                if (werklasten.contains("w5")) {
                    meld("w5 P&C-document met bekendOp…");
                    uitkomsten.put("w5", werk.w5("/pc-documenten/lisse/" + jaar + "/najaarsnota?bekendOp=" + jaar + "-10-01T00:00:00Z"));
                }
                if (werklasten.contains("w1")) {
                    meld("w1 schrijven…");
                    uitkomsten.put("w1", werk.w1(generator.meerjarigeOpdrachten(), maat.naam().equals("small") ? 60 : 150));
                }
                if (werklasten.contains("w6")) {
                    meld("w6 urenstaat van " + Werklasten.URENSTAATREGELS + " regels…");
                    uitkomsten.put("w6", werk.w6(generator.meerjarigeOpdrachten(), Werklasten.URENSTAATREGELS));
                }
                if (uitkomsten.size() < Doelen.WERKLASTEN.size()) {
                    uitkomsten.forEach((naam, uitkomst) -> System.out.println(naam + ": " + uitkomst));
                    System.out.println("Niet alle werklasten gedraaid: " + uitkomsten.keySet() + "; geen results.json.");
                    return 0;
                }

                ObjectNode resultaten = resultaten(app, maat, gebeurtenissen, laden, uitkomsten, heap);
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                Path perSchaal = uit.resolve("results-" + maat.naam() + ".json");
                json.writeValue(perSchaal.toFile(), resultaten);
                JsonNode klein = leesAlsEr(json, uit.resolve("results-small.json"));
                JsonNode standaard = leesAlsEr(json, uit.resolve("results-default.json"));
                Doelen.schalen(klein, standaard, resultaten.putObject("scales"));
                Path bestand = uit.resolve("results.json");
                json.writeValue(bestand.toFile(), resultaten);
                Path curve = uit.resolve("curve.svg");
                Files.writeString(curve, Curve.svg(klein, standaard));
                Path docs = hoofdmap.resolve("docs/performance");
                if (Files.isDirectory(docs)) {
                    Files.copy(curve, docs.resolve("curve.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                System.out.println();
                System.out.println(Tabel.van(resultaten));
                System.out.println("Geschreven: " + perSchaal + ", " + bestand + " en " + curve);
                System.out.printf("Totale duur %.0f s%n", (System.nanoTime() - start) / 1e9);
            } finally {
                app.close();
            }
        }
        return 0;
    }

    /** Writes the generated history through the storage engine (ledger entries included) and waits for the projections. */
    private Geschiedenisgenerator laad(ConfigurableApplicationContext app, Geschiedenisgenerator.Schaal maat, Map<String, Object> laden) {
        EventStore eventStore = app.getBean(EventStore.class);
        Map<String, Long> bestaand = new HashMap<>();
        for (String id : Geschiedenisgenerator.bestaandeAggregaten()) {
            eventStore.lastSequenceNumberFor(id).ifPresent(volgnummer -> bestaand.put(id, volgnummer));
        }
        EventStorageEngine opslag = app.getBean(EventStorageEngine.class);
        TransactionTemplate transactie = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        Geschiedenisgenerator generator = new Geschiedenisgenerator(maat, zaad, bestaand);
        List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
        long[] geschreven = {0};
        long begin = System.nanoTime();
        generator.genereer(bericht -> {
            batch.add(bericht);
            if (batch.size() == BATCH) {
                transactie.executeWithoutResult(s -> opslag.appendEvents(batch));
                geschreven[0] += batch.size();
                batch.clear();
                if (geschreven[0] % 100_000 == 0) {
                    System.out.printf("  %,d gebeurtenissen geschreven (%.0f/s)%n", geschreven[0],
                            geschreven[0] / ((System.nanoTime() - begin) / 1e9));
                }
            }
        });
        transactie.executeWithoutResult(s -> opslag.appendEvents(batch));
        geschreven[0] += batch.size();
        double schrijfseconden = (System.nanoTime() - begin) / 1e9;
        System.out.printf("Geschiedenis: %,d gebeurtenissen in %.1f s; projecties bijwerken…%n", geschreven[0], schrijfseconden);
        long wachten = System.nanoTime();
        if (!app.getBean(Projectiewachter.class).wachtTotBijgewerkt(Duration.ofHours(4))) {
            throw new IllegalStateException("de projecties kwamen niet binnen vier uur bij");
        }
        double projectieseconden = (System.nanoTime() - wachten) / 1e9;
        System.out.printf("Projecties bij na nog %.1f s%n", projectieseconden);
        laden.put("generatedEvents", geschreven[0]);
        laden.put("writeSeconds", Werklasten.rond(schrijfseconden));
        laden.put("writeEventsPerS", Werklasten.rond(geschreven[0] / schrijfseconden));
        laden.put("projectionsCaughtUpAfterSeconds", Werklasten.rond(projectieseconden));
        return generator;
    }

    private static long aantalGebeurtenissen(ConfigurableApplicationContext app) throws Exception {
        try (Connection verbinding = app.getBean(DataSource.class).getConnection(); Statement vraag = verbinding.createStatement();
             ResultSet rij = vraag.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rij.next();
            return rij.getLong(1);
        }
    }

    private static ObjectNode resultaten(ConfigurableApplicationContext app, Geschiedenisgenerator.Schaal maat, long gebeurtenissen,
                                         Map<String, Object> laden, Map<String, Werklasten.Uitkomst> uitkomsten, Heapmeter heap)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = json.createObjectNode();
        r.put("scale", maat.naam());
        r.put("events", gebeurtenissen);
        r.put("staff", maat.medewerkers());
        r.put("years", maat.eersteJaar() + "-" + maat.laatsteJaar());
        r.put("measuredAt", Instant.now().toString());
        r.set("load", json.valueToTree(laden));
        for (String w : Doelen.WERKLASTEN) {
            Werklasten.Uitkomst u = uitkomsten.get(w);
            ObjectNode n = r.putObject(w);
            n.put("value", u.waarde());
            n.put("unit", u.eenheid());
            if (u.basislijn() != null) {
                n.put("baseline", u.basislijn());
                n.put("baselineUnit", u.basislijnEenheid());
                n.put("ratio", u.ratio());
            }
            u.details().forEach((k, v) -> n.set(k, json.valueToTree(v)));
            Doelen.beoordeel(n, w, maat.naam());
        }
        ObjectNode h = r.putObject("heap");
        h.put("peakMb", heap.piekMb());
        h.put("maxMb", heap.maximumMb());
        h.put("target", "<= 1024 MB at the default scale");
        h.put("met", heap.piekMb() <= 1024);
        ObjectNode m = r.putObject("machine");
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        ObjectNode v = r.putObject("versions");
        v.put("java", System.getProperty("java.version"));
        v.put("springBoot", SpringBootVersion.getVersion());
        v.put("axon", String.valueOf(EventStore.class.getPackage().getImplementationVersion()));
        try (Connection verbinding = app.getBean(DataSource.class).getConnection(); Statement vraag = verbinding.createStatement();
             ResultSet rij = vraag.executeQuery("SHOW server_version")) {
            rij.next();
            v.put("postgresql", rij.getString(1));
        }
        v.put("samenboek", String.valueOf(Benchmark.class.getPackage().getImplementationVersion()));
        return r;
    }

    /** A step of the run with the time it starts, so a profile (JFR) can be cut into the workloads. */
    private static void meld(String stap) {
        System.out.println(java.time.LocalTime.now(ZoneOffset.UTC).withNano(0) + " " + stap);
    }

    private static JsonNode leesAlsEr(ObjectMapper json, Path bestand) throws IOException {
        return Files.exists(bestand) ? json.readTree(bestand.toFile()) : null;
    }

    static Path hoofdmap() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.exists(map.resolve("Makefile"))) {
                return map;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            paden.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
