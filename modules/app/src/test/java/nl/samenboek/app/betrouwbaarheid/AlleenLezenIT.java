package nl.samenboek.app.betrouwbaarheid;

import com.zaxxer.hikari.HikariDataSource;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that takes no writes — read-only (SQLState 25006), as a PostgreSQL whose disk filled up is made by its
 * operator, or a standby promoted the wrong way round — answers writes with 503 problem+json and Retry-After, not 500,
 * and stores nothing; reads go on; when it takes writes again, so does samenboek, without a restart
 * (docs/reliability.md). A full disk itself (53100) is mapped the same way (OpslagstoringTest).
 */
class AlleenLezenIT extends IntegratieTest {

    @Autowired
    HikariDataSource database;

    @Test
    void eenAlleenLezenDatabaseGeeft503EnSlaatNietsOp() throws Exception {
        Klant.Antwoord bestaand = college("hillegom").post("/opdrachten", aanvraag("Voor alleen-lezen", "hillegom"));
        assertThat(bestaand.status()).isEqualTo(201);
        String naam = jdbc.queryForObject("SELECT current_database()", String.class);
        long gebeurtenissen = aantalGebeurtenissen();
        long regels = aantalGrootboekregels();
        jdbc.execute("ALTER DATABASE \"" + naam + "\" SET default_transaction_read_only = on");
        database.getHikariPoolMXBean().softEvictConnections();
        Klant.Antwoord schrijven;
        Klant.Antwoord lezen;
        try {
            schrijven = college("hillegom").post("/opdrachten", aanvraag("Tijdens alleen-lezen", "hillegom"));
            lezen = college("hillegom").get("/opdrachten/" + bestaand.json().get("id").asText());
        } finally {
            try (Connection verbinding = database.getConnection(); Statement opdracht = verbinding.createStatement()) {
                opdracht.execute("SET default_transaction_read_only = off");
                opdracht.execute("ALTER DATABASE \"" + naam + "\" RESET default_transaction_read_only");
                if (!verbinding.getAutoCommit()) {
                    verbinding.commit();
                }
            }
            database.getHikariPoolMXBean().softEvictConnections();
        }
        System.out.println("Alleen-lezen: schrijven " + schrijven.status() + " " + schrijven.kop("Retry-After") + " " + schrijven.tekst());
        assertThat(schrijven.status()).as(schrijven.toString()).isEqualTo(503);
        assertThat(schrijven.kop("Content-Type")).startsWith("application/problem+json");
        assertThat(schrijven.kop("Retry-After")).isNotBlank();
        assertThat(schrijven.json().get("type").asText()).endsWith("database-alleen-lezen");
        assertThat(schrijven.tekst()).doesNotContain("SQL", "Exception", "read-only transaction");
        assertThat(lezen.status()).isEqualTo(200);
        assertThat(aantalGebeurtenissen()).as("niets opgeslagen").isEqualTo(gebeurtenissen);
        assertThat(aantalGrootboekregels()).isEqualTo(regels);

        // writable again: the next write goes through, and the read models are current before the next test reads
        long tot = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Klant.Antwoord daarna = college("hillegom").post("/opdrachten", aanvraag("Na alleen-lezen", "hillegom"));
        while ((daarna.status() == 503 || "achter".equals(daarna.kop("Samenboek-Leesmodel"))) && System.nanoTime() < tot) {
            Thread.sleep(500);
            daarna = college("hillegom").post("/opdrachten", aanvraag("Na alleen-lezen", "hillegom"));
        }
        assertThat(daarna.status()).as(daarna.toString()).isEqualTo(201);
        assertThat(daarna.kop("Samenboek-Leesmodel")).isNull();
        assertThat(college("hillegom").get("/opdrachten/" + daarna.json().get("id").asText()).status()).isEqualTo(200);
    }

}
