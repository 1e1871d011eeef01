package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.app.infra.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
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
                .met("SAMENBOEK_DB_URL", database.jdbcUrl())
                .met("SAMENBOEK_DB_USER", database.gebruiker())
                .met("SAMENBOEK_DB_PASSWORD", database.wachtwoord()).start()) {
            Klant college = samenboek.als("college", "teylingen");
            // 503 with Retry-After means "try again", and a client does; any other answer fails here, with the log beside it
            Klant.Antwoord eerste = schrijfZolang503(college, Duration.ofSeconds(60));
            assertThat(eerste.status()).as("voor de uitval: " + eerste + logstaart(samenboek)).isEqualTo(201);
            String id = eerste.json().get("id").asText();

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
            Klant.Antwoord hersteld = schrijfZolang503(college, Duration.ofSeconds(90));
            assertThat(hersteld.status()).as("na herstel van de database: " + hersteld + logstaart(samenboek)).isEqualTo(201);
            assertThat(college.get("/opdrachten/" + hersteld.json().get("id").asText()).status()).isEqualTo(200);
            assertThat(samenboek.anoniem().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        } finally {
            database.close();
        }
    }

    private static Klant.Antwoord schrijfZolang503(Klant college, Duration maximaal) throws InterruptedException {
        long tot = System.nanoTime() + maximaal.toNanos();
        Klant.Antwoord antwoord = college.post("/opdrachten", AANVRAAG);
        while (antwoord.status() == 503 && System.nanoTime() < tot) {
            System.out.println("Databaseuitval: 503, opnieuw over 500 ms: " + antwoord.tekst());
            Thread.sleep(500);
            antwoord = college.post("/opdrachten", AANVRAAG);
        }
        return antwoord;
    }

    private static String logstaart(Applicatieproces samenboek) {
        try {
            List<String> regels = Files.readAllLines(samenboek.log());
            return "\n--- laatste regels van " + samenboek.log() + " ---\n"
                    + String.join("\n", regels.subList(Math.max(0, regels.size() - 60), regels.size()));
        } catch (IOException e) {
            return "; log " + samenboek.log() + " onleesbaar: " + e.getMessage();
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
