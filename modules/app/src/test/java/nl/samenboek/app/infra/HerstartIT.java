package nl.samenboek.app.infra;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * samenboek as a separate process on one data dir: a normal restart keeps everything, and so does a power cut — kill
 * -9 of the JVM and of its embedded PostgreSQL together — for every write that was acknowledged.
 */
class HerstartIT {

    private static final Map<String, Object> AANVRAAG = Map.of("titel", "Herstart", "omschrijving", "Blijft bewaard",
            "gemeenten", List.of("lisse"), "categorie", "dienstverlening", "soort", "standaard", "taakveld", "0.2",
            "team", "publiekszaken", "begrotingsjaar", 2026, "geraamdeUren", 40);

    @Test
    void eenHerstartBehoudtAlleGegevens(@TempDir Path map) {
        Path data = map.resolve("data");
        String id;
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            id = samenboek.als("college", "lisse").post("/opdrachten", AANVRAAG).json().get("id").asText();
            assertThat(samenboek.als("directie", null).post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
            samenboek.stop();
            assertThat(samenboek.postmasterPid()).as("PostgreSQL is met de applicatie gestopt").isEmpty();
        }
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            JsonNode opdracht = samenboek.als("auditor", null).get("/opdrachten/" + id).json();
            assertThat(opdracht.get("status").asText()).isEqualTo("aanvaard");
            assertThat(opdracht.get("versie").asLong()).isEqualTo(2);
            assertThat(samenboek.als("auditor", null).get("/gemeenten").json()).hasSize(3);
        }
    }

    @Test
    void naAlleenEenJvmCrashStoptDeVolgendeStartDeAchtergeblevenPostgres(@TempDir Path map) {
        Path data = map.resolve("data");
        String id;
        long achtergebleven;
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            id = samenboek.als("college", "lisse").post("/opdrachten", AANVRAAG).json().get("id").asText();
            achtergebleven = samenboek.postmasterPid().orElseThrow();
            samenboek.jvmValtUit();
            assertThat(ProcessHandle.of(achtergebleven).map(ProcessHandle::isAlive)).as("PostgreSQL draait los van de JVM door").contains(true);
        }
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            assertThat(samenboek.als("auditor", null).get("/opdrachten/" + id).status()).isEqualTo(200);
            assertThat(ProcessHandle.of(achtergebleven).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void naEenStroomuitvalIsElkBevestigdeSchrijfactieEr(@TempDir Path map) throws Exception {
        Path data = map.resolve("data");
        Map<String, Long> bevestigd = new ConcurrentHashMap<>();
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            Klant college = samenboek.als("college", "lisse");
            Klant directie = samenboek.als("directie", null);
            AtomicBoolean door = new AtomicBoolean(true);
            ExecutorService klanten = Executors.newFixedThreadPool(4);
            for (int k = 0; k < 4; k++) {
                klanten.submit(() -> {
                    while (door.get()) {
                        try {
                            Klant.Antwoord aangevraagd = college.post("/opdrachten", AANVRAAG);
                            if (aangevraagd.status() == 201) {
                                String id = aangevraagd.json().get("id").asText();
                                bevestigd.put(id, 1L);
                                if (directie.post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status() == 200) {
                                    bevestigd.put(id, 2L);
                                }
                            }
                        } catch (RuntimeException verbindingWeg) {
                            // the power cut: unacknowledged requests do not count
                        }
                    }
                });
            }
            while (bevestigd.size() < 20) {
                Thread.sleep(20);
            }
            samenboek.stroomuitval();
            door.set(false);
            klanten.shutdown();
            assertThat(klanten.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Map<String, Long> vastgelegd = Map.copyOf(bevestigd);
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            Klant auditor = samenboek.als("auditor", null);
            vastgelegd.forEach((id, versie) -> {
                Klant.Antwoord opdracht = auditor.get("/opdrachten/" + id);
                assertThat(opdracht.status()).as("bevestigde opdracht " + id).isEqualTo(200);
                assertThat(opdracht.json().get("versie").asLong()).as("versie van " + id).isGreaterThanOrEqualTo(versie);
            });
        }
    }
}
