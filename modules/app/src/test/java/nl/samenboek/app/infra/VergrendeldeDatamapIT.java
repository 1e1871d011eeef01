package nl.samenboek.app.infra;

import nl.samenboek.app.Applicatieproces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * samenboek as a separate process on a data dir that is not safe to use (docs/operations.md): a second samenboek on the
 * same data dir stops with a clear message and a non-zero exit code, and the first one and its database run on
 * untouched; a data dir that others may write to is refused the same way.
 */
class VergrendeldeDatamapIT {

    @Test
    void eenTweedeSamenboekOpDezelfdeDatamapStoptEnDeEersteDraaitDoor(@TempDir Path map) {
        Path data = map.resolve("data");
        try (Applicatieproces eerste = new Applicatieproces(data).start()) {
            long postmaster = eerste.postmasterPid().orElseThrow();
            Applicatieproces tweede = new Applicatieproces(data);
            int code = tweede.startMislukt(Duration.ofSeconds(90));
            assertThat(code).as(tweede.logstaart()).isNotZero();
            assertThat(tweede.logtekst()).contains("APPLICATION FAILED TO START").contains("is in gebruik door een andere samenboek");
            assertThat(eerste.postmasterPid()).as("de database van de eerste is niet gestopt").contains(postmaster);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
            assertThat(eerste.als("auditor", null).get("/gemeenten").status()).isEqualTo(200);
        }
    }

    @Test
    void eenDatamapWaarAnderenInKunnenSchrijvenWordtGeweigerd(@TempDir Path map) throws Exception {
        Path data = Files.createDirectory(map.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Applicatieproces samenboek = new Applicatieproces(data);
        assertThat(samenboek.startMislukt(Duration.ofSeconds(90))).isNotZero();
        assertThat(samenboek.logtekst()).contains("schrijfbaar voor anderen").contains("chmod 700");
        assertThat(data.resolve("postgres")).as("niets gestart").doesNotExist();
    }
}
