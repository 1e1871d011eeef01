package nl.samenboek.app.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data dir of an earlier version, whose embedded PostgreSQL let every local connection in without a password
 * ({@code trust}, the library's default), keeps its data and is locked down at its next start (docs/operations.md).
 */
class EmbeddedPostgresMigratieIT {

    @Test
    void eenVertrouwendeDatamapKrijgtEenWachtwoordEnHoudtZijnGegevens(@TempDir Path map) throws Exception {
        Path postgres = map.resolve("postgres");
        try (EmbeddedPostgres oud = EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(map.resolve("oude-bin").toFile()).start();
             Connection verbinding = oud.getPostgresDatabase().getConnection();
             Statement opdracht = verbinding.createStatement()) {
            opdracht.execute("CREATE TABLE bewaard (tekst text)");
            opdracht.execute("INSERT INTO bewaard VALUES ('van vroeger')");
        }
        assertThat(EmbeddedPostgresServer.staatVertrouwenToe(postgres)).as("de oude datamap vertrouwt").isTrue();

        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres)) {
            assertThat(EmbeddedPostgresServer.staatVertrouwenToe(postgres)).isFalse();
            assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).isEqualTo(EmbeddedPostgresServer.TOEGANGSREGELS);
            Path wachtwoord = map.resolve("postgres-wachtwoord");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wachtwoord))).isEqualTo("rw-------");
            assertThat(Files.readString(wachtwoord).strip()).isEqualTo(server.wachtwoord());

            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "fout")).isInstanceOf(SQLException.class);
            try (Connection verbinding = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.wachtwoord());
                 Statement opdracht = verbinding.createStatement();
                 ResultSet rij = opdracht.executeQuery("SELECT tekst FROM bewaard")) {
                assertThat(rij.next()).isTrue();
                assertThat(rij.getString(1)).isEqualTo("van vroeger");
            }
        }
        try (EmbeddedPostgresServer weer = new EmbeddedPostgresServer(postgres);
             Connection verbinding = DriverManager.getConnection(weer.jdbcUrl(), "postgres", weer.wachtwoord())) {
            assertThat(verbinding.isValid(5)).as("de volgende start gebruikt het bewaarde wachtwoord").isTrue();
        }
    }
}
