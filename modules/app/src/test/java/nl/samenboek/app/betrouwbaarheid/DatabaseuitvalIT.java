package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.app.infra.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an external PostgreSQL (SAMENBOEK_DB_URL) that goes away: writes fail fast with 503 problem+json and
 * Retry-After, reads of the read models keep working, health reports the database DOWN; when the database returns the
 * application recovers without a restart.
 */
class DatabaseuitvalIT {

    private static final Map<String, Object> AANVRAAG = Map.of("titel", "Tijdens uitval", "omschrijving", "Schrijven tijdens uitval",
            "gemeenten", List.of("teylingen"), "categorie", "beleid", "soort", "standaard", "taakveld", "0.1", "team", "uitval",
            "begrotingsjaar", 2026, "geraamdeUren", 10);

    @Test
    void schrijvenFaaltSnelLezenGaatDoorEnHerstelGaatVanzelf(@TempDir Path map) throws Exception {
        int poort = vrijePoort();
        EmbeddedPostgresServer database = new EmbeddedPostgresServer(map.resolve("extern-postgres"), poort);
        try (Applicatieproces samenboek = new Applicatieproces(map.resolve("data"))
                .met("SAMENBOEK_DB_URL", "jdbc:postgresql://localhost:" + poort + "/postgres")
                .met("SAMENBOEK_DB_USER", "postgres").start()) {
            Klant college = samenboek.als("college", "teylingen");
            String id = college.post("/opdrachten", AANVRAAG).json().get("id").asText();

            database.close();
            long begin = System.nanoTime();
            Klant.Antwoord schrijven = college.post("/opdrachten", AANVRAAG);
            Duration duur = Duration.ofNanos(System.nanoTime() - begin);
            assertThat(schrijven.status()).as(schrijven.toString()).isEqualTo(503);
            assertThat(schrijven.kop("Content-Type")).startsWith("application/problem+json");
            assertThat(schrijven.kop("Retry-After")).isNotBlank();
            assertThat(schrijven.tekst()).doesNotContain("SQL", "Exception", "jdbc");
            assertThat(duur).as("snel falen").isLessThan(Duration.ofSeconds(10));

            Klant.Antwoord lezen = college.get("/opdrachten/" + id);
            assertThat(lezen.status()).as("lezen uit de leesmodellen gaat door").isEqualTo(200);
            Klant.Antwoord gezondheid = samenboek.anoniem().get("/actuator/health");
            JsonNode status = gezondheid.json();
            assertThat(status.get("status").asText()).isEqualTo("DOWN");
            assertThat(status.at("/components/db/status").asText()).isEqualTo("DOWN");
            System.out.printf("Databaseuitval: schrijven faalde na %d ms met 503, lezen 200, health DOWN%n", duur.toMillis());

            database = new EmbeddedPostgresServer(map.resolve("extern-postgres"), poort);
            Klant.Antwoord hersteld = null;
            long tot = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < tot) {
                hersteld = college.post("/opdrachten", AANVRAAG);
                if (hersteld.status() == 201) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(hersteld).isNotNull();
            assertThat(hersteld.status()).as("na herstel van de database: " + hersteld).isEqualTo(201);
            assertThat(college.get("/opdrachten/" + hersteld.json().get("id").asText()).status()).isEqualTo(200);
            assertThat(samenboek.anoniem().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        } finally {
            database.close();
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
