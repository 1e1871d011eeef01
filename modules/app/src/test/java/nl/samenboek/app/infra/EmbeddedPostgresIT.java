package nl.samenboek.app.infra;

import nl.samenboek.app.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is a real server configured for a ledger: nothing acknowledged may be lost. It is locked
 * down (docs/operations.md): loopback only, no Unix socket, every connection with the password (scram-sha-256), and
 * the data dir with everything under it for the owner alone.
 */
class EmbeddedPostgresIT extends IntegratieTest {

    @Autowired
    private Databaseverbinding verbinding;

    @Test
    void schrijftDuurzaamNaarSchijf() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void luistertAlleenOpLoopbackEnAlleenMetHetWachtwoord() throws Exception {
        assertThat(jdbc.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SHOW unix_socket_directories", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'", Boolean.class)).isTrue();
        assertThatThrownBy(() -> DriverManager.getConnection(verbinding.url(), "postgres", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(verbinding.url(), "postgres", "raden")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        String wachtwoord = Files.readString(DATAMAP.resolve("postgres-wachtwoord")).strip();
        try (Connection met = DriverManager.getConnection(verbinding.url(), "postgres", wachtwoord)) {
            assertThat(met.isValid(5)).isTrue();
        }
    }

    @Test
    void deDatamapEnAllesDaaronderIsAlleenVanDeEigenaar() throws Exception {
        assertThat(DATAMAP.resolve("postgres-bin")).as("de binaries staan onder de datamap").isDirectory();
        List<String> open = new ArrayList<>();
        try (Stream<Path> alles = Files.walk(DATAMAP)) {
            alles.filter(p -> !Files.isSymbolicLink(p)).forEach(p -> {
                try {
                    Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    if (rechten.stream().anyMatch(r -> !r.name().startsWith("OWNER"))) {
                        open.add(DATAMAP.relativize(p) + " " + PosixFilePermissions.toString(rechten));
                    }
                } catch (NoSuchFileException weg) {
                    // removed by PostgreSQL meanwhile
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(open).as("niets onder de datamap is open voor groep of anderen").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATAMAP))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATAMAP.resolve("postgres-wachtwoord")))).isEqualTo("rw-------");
    }

    @Test
    void bewaartPayloadsAlsByteaNooitAlsOid() {
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'domain_event_entry' AND column_name = 'payload'", String.class)).isEqualTo("bytea");
    }

    @Test
    void weigertElkeWijzigingVanGebeurtenissenEnGrootboek() {
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload_type = 'x'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM grootboek"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE controlepunt"))
                .as("ondertekende controlepunten zijn bewijs: niet leeg te maken").isInstanceOf(DataAccessException.class)
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM controlepunt")).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("onveranderlijk");
    }
}
