package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one set of stores, as docs/operations.md starts them: node 1 is {@code make run} on the embedded
 * defaults (with two segments per projection), node 2 gets the variables of node 1's {@code verbindingen.env} (read
 * by the shell, as documented) and its own port and data dir, so it runs no embedded server of its own. Separate JVMs.
 *
 * <p>First a write on node 2 is read back on node 1 at once (read your writes across nodes). Then 2 × 8 clients write
 * through both nodes — new opdrachten, and changes to one shared opdracht per gemeente from both nodes at once — and
 * half-way node 2 is killed with SIGKILL; its clients send what was unanswered again to node 1 with the same
 * Idempotency-Key, as a client behind the proxy would. Afterwards every acknowledged command is in the event store
 * exactly once and nothing refused is, the three ledgers verify, node 1 holds node 2's segments within the claim
 * timeout, and node 1's reads equal a rebuild of its read models.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TweeKnooppuntenIT {

    private static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    private static final int KLANTEN_PER_NODE = 8;
    private static final Duration BELASTING = Duration.ofSeconds(30);
    /** JdbcTokenStore's claimTimeout (AxonConfig). */
    private static final Duration CLAIMTIMEOUT = Duration.ofSeconds(10);

    private Path map;
    private Applicatieproces node1;
    private Applicatieproces node2;
    private Map<String, String> verbindingen;
    private Tokenmaker tokens;

    @BeforeAll
    void startTweeNodes(@TempDir Path map) throws Exception {
        this.map = map;
        Path data1 = map.resolve("data");
        node1 = new Applicatieproces(data1).met("SAMENBOEK_PROJECTIES_SEGMENTEN", "2").start();
        Path bestand = data1.resolve("verbindingen.env");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
        String inhoud = Files.readString(bestand);
        assertThat(inhoud).doesNotContain("export ").doesNotContainPattern("(?m)^SAMENBOEK_(PORT|DATA_DIR)=");
        verbindingen = leesAlsShell(bestand);
        assertThat(verbindingen).containsKeys("SAMENBOEK_DB_URL", "SAMENBOEK_DB_USER", "SAMENBOEK_DB_PASSWORD", "SAMENBOEK_MONGO_URI",
                "SAMENBOEK_TOKEN_PUBLIEKE_SLEUTEL", "SAMENBOEK_CONTROLEPUNT_SLEUTEL");
        assertThat(verbindingen.get("SAMENBOEK_PROJECTIES_SEGMENTEN")).isEqualTo("2");

        node2 = new Applicatieproces(map.resolve("data2"));
        verbindingen.forEach(node2::met);
        node2.start();
        assertThat(Files.exists(map.resolve("data2").resolve("postgres"))).as("node 2 draait geen eigen PostgreSQL").isFalse();
        assertThat(Files.exists(map.resolve("data2").resolve("leesmodellen.mv"))).as("node 2 draait geen eigen leesopslag").isFalse();
        assertThat(Files.exists(map.resolve("data2").resolve("verbindingen.env"))).isFalse();
        tokens = new Tokenmaker(new Sleutelopslag(data1).laadOfMaak(Tokenmaker.SLEUTELNAAM));
    }

    @AfterAll
    void stop() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    @Test
    @Order(1)
    void eenSchrijfactieOpNode2IsMeteenTeLezenOpNode1() {
        for (int i = 0; i < 10; i++) {
            String gemeente = GEMEENTEN.get(i % 3);
            Klant.Antwoord aanvraag = als(node2, "college", gemeente).post("/opdrachten", aanvraag("Lezen over nodes " + i, gemeente, i));
            assertThat(aanvraag.status()).as(aanvraag.toString()).isEqualTo(201);
            String id = aanvraag.json().get("id").asText();
            Klant.Antwoord gelezen = als(node1, "college", gemeente).get("/opdrachten/" + id);
            assertThat(gelezen.status()).as(gelezen.toString()).isEqualTo(200);
            assertThat(gelezen.json().get("titel").asText()).isEqualTo("Lezen over nodes " + i);

            // and the other way round: a change on node 1, read on node 2
            Klant.Antwoord wijziging = als(node1, "college", gemeente).post("/opdrachten/" + id + "/wijzigingen",
                    Map.of("omschrijving", "Gewijzigd op node 1", "reden", "leestoets"));
            assertThat(wijziging.status()).as(wijziging.toString()).isBetween(200, 201);
            JsonNode opNode2 = als(node2, "college", gemeente).get("/opdrachten/" + id).json();
            assertThat(opNode2.get("omschrijving").asText()).isEqualTo("Gewijzigd op node 1");
            assertThat(opNode2.get("versie").asInt()).isEqualTo(2);
        }
    }

    @Test
    @Order(2)
    void node2ValtUitMiddenInDeBelastingEnNode1NeemtAllesOver() throws Exception {
        long begin = System.nanoTime();
        String eigenaar2 = node2.pid() + "@";
        Map<String, Integer> segmentenVanNode2 = wachtTotNode2SegmentenHeeft(eigenaar2);
        System.out.printf("Twee nodes: node 2 houdt %s%n", segmentenVanNode2);

        Map<String, String> gedeeld = new HashMap<>();
        for (String gemeente : GEMEENTEN) {
            Klant.Antwoord aanvraag = als(node1, "college", gemeente).post("/opdrachten", aanvraag("Gedeeld " + gemeente, gemeente, 3));
            gedeeld.put(gemeente, aanvraag.json().get("id").asText());
        }

        Map<String, String> bevestigd = new ConcurrentHashMap<>();   // key → what it made (titel or omschrijving)
        Set<String> geweigerd = ConcurrentHashMap.newKeySet();       // 409/412: nothing may be stored
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger overgenomen = new AtomicInteger();
        long einde = System.nanoTime() + BELASTING.toNanos();
        ExecutorService klanten = Executors.newFixedThreadPool(2 * KLANTEN_PER_NODE);
        List<Future<?>> werk = new ArrayList<>();
        for (int k = 0; k < 2 * KLANTEN_PER_NODE; k++) {
            boolean opNode2 = k % 2 == 1;
            werk.add(klanten.submit(() -> {
                Applicatieproces node = opNode2 ? node2 : node1;
                while (System.nanoTime() < einde) {
                    int i = volgende.getAndIncrement();
                    String gemeente = GEMEENTEN.get(i % 3);
                    String sleutel = "twee-" + i;
                    boolean wijziging = i % 4 == 0;
                    String wat = wijziging ? "Wijziging " + i : "Twee nodes " + i;
                    String pad = wijziging ? "/opdrachten/" + gedeeld.get(gemeente) + "/wijzigingen" : "/opdrachten";
                    Object lichaam = wijziging ? Map.of("omschrijving", wat, "reden", "belasting") : aanvraag(wat, gemeente, i);
                    Klant.Antwoord antwoord;
                    try {
                        antwoord = als(node, "college", gemeente).met("Idempotency-Key", sleutel).post(pad, lichaam);
                    } catch (RuntimeException uitgevallen) {
                        // node 2 is gone: the same request, with the same key, to node 1
                        node = node1;
                        overgenomen.incrementAndGet();
                        antwoord = als(node, "college", gemeente).met("Idempotency-Key", sleutel).post(pad, lichaam);
                    }
                    if (antwoord.status() == 200 || antwoord.status() == 201) {
                        bevestigd.put(sleutel, wat);
                    } else if (antwoord.status() == 409 || antwoord.status() == 412) {
                        geweigerd.add(wat);
                    } else {
                        throw new AssertionError(sleutel + " op " + (node == node1 ? "node 1" : "node 2") + ": " + antwoord);
                    }
                }
                return null;
            }));
        }

        Thread.sleep(BELASTING.toMillis() / 2);
        int voorUitval = bevestigd.size();
        long uitval = System.nanoTime();
        node2.jvmValtUit();
        long overname = wachtTotNode1AllesHoudt(eigenaar2, uitval);
        for (Future<?> klant : werk) {
            klant.get(2, TimeUnit.MINUTES);
        }
        klanten.shutdown();

        // every acknowledged command exactly once in the event store; nothing refused at all
        Map<String, Integer> inGrootboek = new HashMap<>();
        Klant auditor = als(node1, "auditor", null);
        for (String gemeente : GEMEENTEN) {
            for (String regel : auditor.get("/audit/gemeenten/" + gemeente + "/export").tekst().split("\n")) {
                JsonNode gebeurtenis = Klant.JSON.readTree(regel).get("gebeurtenis");
                JsonNode data = gebeurtenis.get("data");
                String type = gebeurtenis.get("type").asText();
                if ("OpdrachtAangevraagd".equals(type) && data.get("titel").asText().startsWith("Twee nodes ")) {
                    inGrootboek.merge(data.get("titel").asText(), 1, Integer::sum);
                } else if ("OpdrachtGewijzigd".equals(type) && data.path("omschrijving").asText().startsWith("Wijziging ")) {
                    inGrootboek.merge(data.get("omschrijving").asText(), 1, Integer::sum);
                }
            }
            JsonNode verificatie = auditor.get("/audit/gemeenten/" + gemeente + "/verificatie").json();
            assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isTrue();
        }
        for (String wat : bevestigd.values()) {
            assertThat(inGrootboek.getOrDefault(wat, 0)).as("bevestigd: " + wat).isEqualTo(1);
        }
        for (String wat : geweigerd) {
            assertThat(inGrootboek).as("geweigerd en toch opgeslagen: " + wat).doesNotContainKey(wat);
        }
        assertThat(inGrootboek.values()).as("niets dubbel").allMatch(n -> n == 1);
        assertThat(inGrootboek.keySet()).as("niets opgeslagen dat niet bevestigd werd").isSubsetOf(Set.copyOf(bevestigd.values()));

        // node 1's reads equal a rebuild of its read models from the event store
        Map<String, String> voor = lees(node1);
        Klant.Antwoord herbouw = als(node1, "beheerder", null).post("/beheer/herbouwingen", Map.of());
        assertThat(herbouw.status()).as(herbouw.toString()).isEqualTo(200);
        assertThat(herbouw.json().get("bijgewerkt").asBoolean()).isTrue();
        Map<String, String> na = lees(node1);
        assertThat(na).isEqualTo(voor);

        System.out.printf("Twee nodes: %d bevestigd (%d voor de uitval van node 2), %d geweigerd (409/412), %d opnieuw naar node 1; "
                        + "node 1 hield alle segmenten %d ms na de kill -9 (claimtimeout %d ms); herbouw %d ms; %d s in totaal%n",
                bevestigd.size(), voorUitval, geweigerd.size(), overgenomen.get(), overname, CLAIMTIMEOUT.toMillis(),
                herbouw.json().get("millis").asLong(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin));
        assertThat(voorUitval).isPositive();
        assertThat(bevestigd.size()).isGreaterThan(voorUitval);
    }

    /** What node 1 answers on the read models: every opdracht page, capaciteit, groeimodel, the agenda, the gemeenten. */
    private Map<String, String> lees(Applicatieproces node) {
        Klant bestuur = als(node, "bestuur", null);
        Map<String, String> gelezen = new TreeMap<>();
        JsonNode eerste = bestuur.get("/opdrachten?paginagrootte=100").json();
        long paginas = (eerste.get("totaal").asLong() + 99) / 100;
        for (int pagina = 1; pagina <= paginas; pagina++) {
            gelezen.put("opdrachten " + pagina, bestuur.get("/opdrachten?paginagrootte=100&pagina=" + pagina).tekst());
        }
        gelezen.put("capaciteit", bestuur.get("/capaciteit?jaar=2026").tekst());
        gelezen.put("uitvoeringsagenda", bestuur.get("/uitvoeringsagenda").tekst());
        gelezen.put("aanbevelingen", bestuur.get("/aanbevelingen").tekst());
        gelezen.put("gemeenten", bestuur.get("/gemeenten").tekst());
        for (String gemeente : GEMEENTEN) {
            gelezen.put("groeimodel " + gemeente, bestuur.get("/groeimodel?jaar=2026&gemeente=" + gemeente).tekst());
        }
        return gelezen;
    }

    /** Node 1 claims every segment at its start; the nodes' share-out gives node 2 one of each projection's two. */
    private Map<String, Integer> wachtTotNode2SegmentenHeeft(String eigenaar2) throws Exception {
        long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<String, Integer> vanNode2 = new TreeMap<>();
            Set<String> projecties = new java.util.TreeSet<>();
            for (Claim claim : claims()) {
                if (claim.processor().startsWith("projectie-")) {
                    projecties.add(claim.processor());
                    if (claim.eigenaar() != null && claim.eigenaar().startsWith(eigenaar2)) {
                        vanNode2.merge(claim.processor(), 1, Integer::sum);
                    }
                }
            }
            if (!projecties.isEmpty() && vanNode2.keySet().equals(projecties)) {
                return vanNode2;
            }
            assertThat(System.nanoTime()).as("node 2 kreeg geen segment van elke projectie: " + vanNode2 + " van " + projecties)
                    .isLessThan(tot);
            Thread.sleep(200);
        }
    }

    /** Milliseconds from the kill until node 1 holds every segment of every processor, including node 2's. */
    private long wachtTotNode1AllesHoudt(String eigenaar2, long uitval) throws Exception {
        String eigenaar1 = node1.pid() + "@";
        long tot = uitval + CLAIMTIMEOUT.toNanos() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Claim> claims = claims();
            if (claims.stream().allMatch(c -> c.eigenaar() != null && c.eigenaar().startsWith(eigenaar1))) {
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - uitval);
                // the claim timeout runs from node 2's last extension, at most a claim interval (1 s) before the kill;
                // node 1 tries to claim every second, on a machine that may be busy
                assertThat(millis).as("overname na de claimtimeout").isLessThanOrEqualTo(CLAIMTIMEOUT.toMillis() + 5_000);
                return millis;
            }
            assertThat(System.nanoTime()).as("node 1 nam niet alle segmenten over: " + claims + " (node 2: " + eigenaar2 + ")")
                    .isLessThan(tot);
            Thread.sleep(100);
        }
    }

    private record Claim(String processor, int segment, String eigenaar) {
    }

    private List<Claim> claims() throws SQLException {
        try (Connection verbinding = DriverManager.getConnection(verbindingen.get("SAMENBOEK_DB_URL"), verbindingen.get("SAMENBOEK_DB_USER"),
                verbindingen.get("SAMENBOEK_DB_PASSWORD"));
             Statement opdracht = verbinding.createStatement();
             ResultSet rijen = opdracht.executeQuery("SELECT processor_name, segment, owner FROM token_entry ORDER BY 1, 2")) {
            List<Claim> claims = new ArrayList<>();
            while (rijen.next()) {
                claims.add(new Claim(rijen.getString(1), rijen.getInt(2), rijen.getString(3)));
            }
            return claims;
        }
    }

    /** The file as docs/operations.md has the shell read it: {@code set -a; . data/verbindingen.env; set +a}. */
    private static Map<String, String> leesAlsShell(Path bestand) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", "set -a; . \"$1\"; set +a; env -0", "bash", bestand.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] paren = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\0");
        assertThat(shell.waitFor()).isZero();
        Map<String, String> omgeving = new TreeMap<>();
        for (String paar : paren) {
            int is = paar.indexOf('=');
            if (paar.startsWith("SAMENBOEK_") && is > 0) {
                omgeving.put(paar.substring(0, is), paar.substring(is + 1));
            }
        }
        return omgeving;
    }

    private Klant als(Applicatieproces node, String rol, String gemeente) {
        return new Klant("http://localhost:" + node.poort() + "/api/v1", tokens.maak(rol, gemeente, Duration.ofHours(1)));
    }

    private static Map<String, Object> aanvraag(String titel, String gemeente, int nummer) {
        return Map.of("titel", titel, "omschrijving", "Verzoek " + nummer, "gemeenten", List.of(gemeente), "categorie",
                "bedrijfsvoering", "soort", "standaard", "taakveld", "0.4", "team", "twee", "begrotingsjaar", 2026,
                "geraamdeUren", 1 + nummer % 40);
    }
}
