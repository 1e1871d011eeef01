package nl.samenboek.bench;

import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.medewerker.Medewerkerregister;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import nl.samenboek.projections.verwerking.Herbouw;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The six workloads of docs/performance.md, each next to its baseline measured in the same run on the same database: what the
 * application achieves against what the bare machinery underneath achieves for comparable work.
 */
final class Werklasten {

    static final int KLANTEN = 16;
    /** The largest timesheet the API takes (Urenstaat.MAXIMUM_REGELS). */
    static final int URENSTAATREGELS = 10_000;
    private static final int MB = 1 << 20;

    /** A figure, its baseline (when there is one) and their ratio. */
    record Uitkomst(double waarde, String eenheid, Double basislijn, String basislijnEenheid, Map<String, Object> details) {

        Double ratio() {
            return basislijn == null || basislijn == 0 ? null : Math.round(waarde / basislijn * 1000) / 1000.0;
        }
    }

    private final ConfigurableApplicationContext app;
    private final DataSource database;
    private final String basis;
    private final Tokenmaker tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Werklasten(ConfigurableApplicationContext app, int poort, Path datamap) {
        this.app = app;
        this.database = app.getBean(DataSource.class);
        this.basis = "http://localhost:" + poort + "/api/v1";
        this.tokens = new Tokenmaker(new Sleutelopslag(datamap).laadOfMaak(Tokenmaker.SLEUTELNAAM));
    }

    // ---- w1: commands through HTTP ------------------------------------------------------------------------------

    /**
     * 16 clients register hours over HTTP, each on its own long-running opdracht, with a directie token and an
     * Idempotency-Key per request; baseline: single-row INSERT + COMMIT of rows of the same size, 16 connections.
     */
    Uitkomst w1(List<String> opdrachten, int perKlant) throws Exception {
        String token = tokens.maak("directie", null, Duration.ofHours(2));
        String vandaag = LocalDate.now(nl.samenboek.messages.Peilmoment.ZONE).toString();
        // every registration on a pseudonym the register issued (each its own, so the 24-hour rule never refuses)
        Medewerkerregister register = app.getBean(Medewerkerregister.class);
        String[][] medewerkers = new String[KLANTEN][perKlant];
        for (String[] rij : medewerkers) {
            Arrays.setAll(rij, i -> register.registreer("Medewerker Bench").pseudoniem());
        }
        for (String opdracht : opdrachten) { // warm-up: load each aggregate once
            registreer(token, opdracht, vandaag, register.registreer("Medewerker Opwarmen").pseudoniem());
        }
        Latenties latenties = new Latenties();
        AtomicLong mislukt = new AtomicLong();
        long begin = System.nanoTime();
        parallel(KLANTEN, klant -> {
            String opdracht = opdrachten.get(klant % opdrachten.size());
            for (int i = 0; i < perKlant; i++) {
                long start = System.nanoTime();
                int status = registreer(token, opdracht, vandaag, medewerkers[klant][i]);
                latenties.voegToe(System.nanoTime() - start);
                if (status != 200) {
                    mislukt.incrementAndGet();
                }
            }
            return null;
        });
        double seconden = (System.nanoTime() - begin) / 1e9;
        double perSeconde = (latenties.aantal() - mislukt.get()) / seconden;
        int rijgrootte = gemiddeldeRijgrootte();
        double basislijn = insertsPerSeconde(perKlant, rijgrootte);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("commands", latenties.aantal());
        details.put("failed", mislukt.get());
        details.put("p50Ms", latenties.percentielMs(50));
        details.put("p99Ms", latenties.percentielMs(99));
        details.put("baselineRowBytes", rijgrootte);
        return new Uitkomst(rond(perSeconde), "commands/s", rond(basislijn), "single-row commits/s", details);
    }

    private int registreer(String token, String opdracht, String datum, String medewerker) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/opdrachten/" + opdracht + "/urenregistraties"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"datum\":\"" + datum + "\",\"uren\":1.5,\"medewerker\":\"" + medewerker + "\"}"))
                .build();
        HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            System.err.println("w1: " + antwoord.statusCode() + " " + antwoord.body());
        }
        return antwoord.statusCode();
    }

    private int gemiddeldeRijgrootte() throws Exception {
        try (Connection verbinding = database.getConnection(); Statement vraag = verbinding.createStatement();
             ResultSet rij = vraag.executeQuery("SELECT avg(octet_length(payload) + octet_length(meta_data) + 200)::int "
                     + "FROM domain_event_entry WHERE payload_type LIKE '%UrenGeregistreerd'")) {
            rij.next();
            return rij.getInt(1);
        }
    }

    private double insertsPerSeconde(int perKlant, int rijgrootte) throws Exception {
        byte[] inhoud = basislijntabel(rijgrootte);
        AtomicLong rijen = new AtomicLong();
        long begin = System.nanoTime();
        parallel(KLANTEN, klant -> {
            try (Connection verbinding = database.getConnection()) {
                verbinding.setAutoCommit(false);
                try (PreparedStatement invoegen = verbinding.prepareStatement("INSERT INTO bench_basislijn (inhoud) VALUES (?)")) {
                    for (int i = 0; i < perKlant; i++) {
                        invoegen.setBytes(1, inhoud);
                        invoegen.executeUpdate();
                        verbinding.commit();
                        rijen.incrementAndGet();
                    }
                }
            }
            return null;
        });
        double perSeconde = rijen.get() / ((System.nanoTime() - begin) / 1e9);
        verwijderBasislijntabel();
        return perSeconde;
    }

    /** A fresh table for a baseline's rows, and the content of a row of the given size. */
    private byte[] basislijntabel(int rijgrootte) throws Exception {
        try (Connection verbinding = database.getConnection(); Statement ddl = verbinding.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_basislijn (id BIGSERIAL PRIMARY KEY, inhoud BYTEA NOT NULL)");
        }
        byte[] inhoud = new byte[rijgrootte];
        new java.util.Random(1).nextBytes(inhoud);
        return inhoud;
    }

    private void verwijderBasislijntabel() throws Exception {
        try (Connection verbinding = database.getConnection(); Statement ddl = verbinding.createStatement()) {
            ddl.execute("DROP TABLE bench_basislijn");
        }
    }

    // ---- w6: one large timesheet ------------------------------------------------------------------------------------

    /**
     * One timesheet of {@code regels} lines over the long-running opdrachten ({@code POST /urenstaten}, all or nothing in
     * one transaction), each line its own medewerker and day so the 24-hour rule passes; baseline: a raw JDBC batch
     * insert of as many rows of the same size, in one transaction.
     */
    Uitkomst w6(List<String> opdrachten, int regels) throws Exception {
        String token = tokens.maak("directie", null, Duration.ofHours(2));
        Medewerkerregister register = app.getBean(Medewerkerregister.class);
        int medewerkers = 100;
        int dagen = (regels + medewerkers - 1) / medewerkers;
        String[] pseudoniemen = new String[medewerkers];
        Arrays.setAll(pseudoniemen, i -> register.registreer("Medewerker Urenstaat").pseudoniem());
        // weekdays from the first Monday of this year: all before today, in a year with hours committed
        LocalDate vandaag = LocalDate.now(nl.samenboek.messages.Peilmoment.ZONE);
        List<LocalDate> werkdagen = new ArrayList<>();
        for (LocalDate dag = vandaag.withDayOfYear(1); werkdagen.size() < dagen && dag.isBefore(vandaag); dag = dag.plusDays(1)) {
            if (dag.getDayOfWeek().getValue() <= 5) {
                werkdagen.add(dag);
            }
        }
        StringBuilder csv = new StringBuilder("datum;medewerker;opdracht;uren\n");
        for (int i = 0; i < regels; i++) {
            csv.append(werkdagen.get(i / medewerkers % werkdagen.size())).append(';').append(pseudoniemen[i % medewerkers]).append(';')
                    .append(opdrachten.get(i % opdrachten.size())).append(";1,5\n");
        }
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/urenstaten"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build();
        long begin = System.nanoTime();
        HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        double seconden = (System.nanoTime() - begin) / 1e9;
        if (antwoord.statusCode() != 201) {
            throw new IllegalStateException("w6: de urenstaat gaf " + antwoord.statusCode() + ": "
                    + antwoord.body().substring(0, Math.min(2_000, antwoord.body().length())));
        }
        byte[] inhoud = basislijntabel(gemiddeldeRijgrootte());
        long basisBegin = System.nanoTime();
        try (Connection verbinding = database.getConnection()) {
            verbinding.setAutoCommit(false);
            try (PreparedStatement invoegen = verbinding.prepareStatement("INSERT INTO bench_basislijn (inhoud) VALUES (?)")) {
                for (int i = 0; i < regels; i++) {
                    invoegen.setBytes(1, inhoud);
                    invoegen.addBatch();
                }
                invoegen.executeBatch();
            }
            verbinding.commit();
        }
        double basisSeconden = (System.nanoTime() - basisBegin) / 1e9;
        verwijderBasislijntabel();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lines", regels);
        details.put("opdrachten", Math.min(regels, opdrachten.size()));
        details.put("ms", Math.round(seconden * 1000));
        details.put("baselineMs", Math.round(basisSeconden * 1000));
        return new Uitkomst(rond(regels / seconden), "lines/s", rond(regels / basisSeconden),
                "rows/s (raw JDBC batch insert, one transaction)", details);
    }

    // ---- w2: rebuild of every projection --------------------------------------------------------------------------

    /** Every projection emptied and rebuilt from the whole store; baseline: one raw sequential read of the event rows. */
    Uitkomst w2(long gebeurtenissen) throws Exception {
        Herbouw.Uitkomst herbouw = app.getBean(Herbouw.class).herbouw(Duration.ofHours(4));
        if (!herbouw.bijgewerkt()) {
            throw new IllegalStateException("de herbouw werd niet binnen vier uur afgerond");
        }
        double perSeconde = gebeurtenissen / (herbouw.millis() / 1000.0);
        long begin = System.nanoTime();
        long gelezen = 0;
        try (Connection verbinding = database.getConnection()) {
            verbinding.setAutoCommit(false);
            try (PreparedStatement vraag = verbinding.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "ORDER BY global_index")) {
                vraag.setFetchSize(5_000);
                try (ResultSet rij = vraag.executeQuery()) {
                    while (rij.next()) {
                        rij.getLong(1);
                        rij.getString(2);
                        rij.getString(3);
                        rij.getLong(4);
                        rij.getString(7);
                        rij.getBytes(9);
                        rij.getBytes(10);
                        gelezen++;
                    }
                }
            }
            verbinding.commit();
        }
        double basislijn = gelezen / ((System.nanoTime() - begin) / 1e9);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("events", gebeurtenissen);
        details.put("ms", herbouw.millis());
        details.put("projections", herbouw.projecties());
        return new Uitkomst(rond(perSeconde), "events/s", rond(basislijn), "events/s (raw sequential read)", details);
    }

    // ---- w3: verification of every grootboek ----------------------------------------------------------------------

    /**
     * Every gemeente's grootboek verified from the database, in MB/s of canonical event bytes; baseline: one raw
     * sequential read of the same rows with a plain SHA-256 over their stored payload bytes.
     */
    Uitkomst w3(List<String> gemeenten) throws Exception {
        Grootboeklezer lezer = app.getBean(Grootboeklezer.class);
        long bytes = 0;
        long regels = 0;
        long begin = System.nanoTime();
        for (String gemeente : gemeenten) {
            Ketencontrole controle = new Ketencontrole(gemeente);
            Verificatie verificatie = lezer.verifieer(controle, gemeente);
            if (!verificatie.geldig()) {
                throw new IllegalStateException("het grootboek van " + gemeente + " is ongeldig: " + verificatie.eersteFout());
            }
            bytes += controle.canoniekeBytes();
            regels += verificatie.aantal();
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        long ruweBytes = 0;
        long basisBegin = System.nanoTime();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Connection verbinding = database.getConnection()) {
            verbinding.setAutoCommit(false);
            for (String gemeente : gemeenten) {
                try (PreparedStatement vraag = verbinding.prepareStatement("SELECT e.payload FROM grootboek g JOIN domain_event_entry e "
                        + "ON e.event_identifier = g.event_identifier WHERE g.gemeente = ? ORDER BY g.volgnummer")) {
                    vraag.setFetchSize(5_000);
                    vraag.setString(1, gemeente);
                    try (ResultSet rij = vraag.executeQuery()) {
                        while (rij.next()) {
                            byte[] payload = rij.getBytes(1);
                            sha256.update(payload);
                            ruweBytes += payload.length;
                        }
                    }
                }
            }
            verbinding.commit();
        }
        double basisSeconden = (System.nanoTime() - basisBegin) / 1e9;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entries", regels);
        details.put("canonicalMB", rond(bytes / (double) MB));
        details.put("ms", Math.round(seconden * 1000));
        details.put("baselinePayloadMB", rond(ruweBytes / (double) MB));
        details.put("baselineMs", Math.round(basisSeconden * 1000));
        return new Uitkomst(rond(bytes / (double) MB / seconden), "MB/s", rond(ruweBytes / (double) MB / basisSeconden),
                "MB/s (raw read + SHA-256 of stored payloads)", details);
    }

    // ---- w4 and w5: reads over HTTP -------------------------------------------------------------------------------

    /**
     * 16 clients read groeimodel, capaciteit, uitvoeringsagenda and a P&C document (JSON) over and over: first
     * {@code opwarmen} requests each, not counted, so the JIT has compiled the read path (the figure is the steady state
     * of a server that has been asked before), then {@code perKlant} requests each, measured.
     */
    Uitkomst w4(Map<String, String> eindpunten, int opwarmen, int perKlant) throws Exception {
        String token = tokens.maak("directie", null, Duration.ofHours(2));
        Map<String, Latenties> perEindpunt = new LinkedHashMap<>();
        Map<String, Integer> grootte = new LinkedHashMap<>();
        for (Map.Entry<String, String> eindpunt : eindpunten.entrySet()) {
            grootte.put(eindpunt.getKey(), lees(token, eindpunt.getValue()));
        }
        List<String> namen = new ArrayList<>(eindpunten.keySet());
        Map<String, Latenties> opwarming = new LinkedHashMap<>();
        for (Map<String, Latenties> meting : List.of(opwarming, perEindpunt)) {
            int aantal = meting == opwarming ? opwarmen : perKlant;
            eindpunten.forEach((naam, pad) -> meting.putIfAbsent(naam, new Latenties()));
            parallel(KLANTEN, klant -> {
                for (int i = 0; i < aantal; i++) {
                    String naam = namen.get((klant + i) % namen.size());
                    long start = System.nanoTime();
                    lees(token, eindpunten.get(naam));
                    meting.get(naam).voegToe(System.nanoTime() - start);
                }
                return null;
            });
        }
        Map<String, Object> details = new LinkedHashMap<>();
        double slechtste = 0;
        for (Map.Entry<String, Latenties> eindpunt : perEindpunt.entrySet()) {
            double p99 = eindpunt.getValue().percentielMs(99);
            slechtste = Math.max(slechtste, p99);
            details.put(eindpunt.getKey(), Map.of("path", eindpunten.get(eindpunt.getKey()), "requests", eindpunt.getValue().aantal(),
                    "bytes", grootte.get(eindpunt.getKey()), "p50Ms", eindpunt.getValue().percentielMs(50), "p99Ms", p99));
        }
        details.put("p99Ms", slechtste);
        details.put("warmupRequestsPerClient", opwarmen);
        details.put("requestsPerClient", perKlant);
        return new Uitkomst(slechtste, "ms (worst p99)", null, null, details);
    }

    /**
     * A P&C document as known at a past instant (bekendOp): the median of five requests, after three not counted (like
     * w4, the steady state of a server that has been asked before; the first request compiles the time-travel path).
     */
    Uitkomst w5(String pad) throws Exception {
        String token = tokens.maak("directie", null, Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            lees(token, pad);
        }
        List<Double> tijden = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            lees(token, pad);
            tijden.add(Math.round((System.nanoTime() - start) / 100_000.0) / 10.0);
        }
        List<Double> gesorteerd = tijden.stream().sorted().toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("path", pad);
        details.put("ms", gesorteerd.get(2));
        details.put("runsMs", tijden);
        details.put("warmupRequests", 3);
        return new Uitkomst(gesorteerd.get(2), "ms", null, null, details);
    }

    /** Reads the whole answer, but does not parse it: the clients share the machine with the server. */
    private int lees(String token, String pad) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + pad)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<byte[]> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException(pad + " gaf " + antwoord.statusCode() + ": " + new String(antwoord.body()));
        }
        return antwoord.body().length;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Klantwerk {
        Void doe(int klant) throws Exception;
    }

    private static void parallel(int klanten, Klantwerk werk) throws Exception {
        ExecutorService uitvoerders = Executors.newFixedThreadPool(klanten);
        try {
            List<Future<Void>> klaar = new ArrayList<>();
            for (int k = 0; k < klanten; k++) {
                int klant = k;
                klaar.add(uitvoerders.submit((Callable<Void>) () -> werk.doe(klant)));
            }
            for (Future<Void> f : klaar) {
                f.get();
            }
        } finally {
            uitvoerders.shutdownNow();
        }
    }

    static double rond(double waarde) {
        return Math.round(waarde * 10) / 10.0;
    }
}
