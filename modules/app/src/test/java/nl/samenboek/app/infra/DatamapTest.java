package nl.samenboek.app.infra;

import nl.samenboek.ledger.sleutel.Sleutelopslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data dir is the owner's alone, and one samenboek's at a time (docs/operations.md). */
class DatamapTest {

    @Test
    void eenNieuweDatamapEnWatErInKomtIsAlleenVanDeEigenaar(@TempDir Path map) throws Exception {
        Path data = map.resolve("diep").resolve("data");
        try (Datamap datamap = new Datamap(data.toString())) {
            new Sleutelopslag(datamap.pad()).laadOfMaak("token");
            assertThat(rechten(data)).isEqualTo("rwx------");
            assertThat(rechten(data.getParent())).as("ook de gemaakte bovenliggende map").isEqualTo("rwx------");
            assertThat(rechten(data.resolve(Datamap.SLOT))).isEqualTo("rw-------");
            assertThat(rechten(data.resolve("sleutels"))).isEqualTo("rwx------");
            assertThat(rechten(data.resolve("sleutels").resolve("token.pem"))).isEqualTo("rw-------");
        }
    }

    @Test
    void weigertEenDatamapWaarAnderenInKunnenSchrijven(@TempDir Path map) throws Exception {
        for (String open : new String[]{"rwxrwx---", "rwx---rwx", "rwxrwxrwx"}) {
            Path data = Files.createDirectory(map.resolve("data-" + open.replace('-', '_')));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString(open));
            assertThatThrownBy(() -> new Datamap(data.toString())).as(open).isInstanceOf(Datamapfout.class)
                    .hasMessageContaining("schrijfbaar voor anderen").hasMessageContaining(data.toString());
            assertThat(data.resolve(Datamap.SLOT)).as("niets aangeraakt").doesNotExist();
        }
    }

    @Test
    void sluitEenDatamapVanEenEerdereVersieVoorAnderen(@TempDir Path map) throws Exception {
        Path data = Files.createDirectory(map.resolve("data"));
        Path oud = Files.writeString(data.resolve("leesmodellen.mv.db"), "oud");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(oud, PosixFilePermissions.fromString("rw-r--r--"));
        try (Datamap ignored = new Datamap(data.toString())) {
            assertThat(rechten(data)).isEqualTo("rwx------");
            assertThat(rechten(oud)).isEqualTo("rw-------");
        }
    }

    @Test
    void eenTweedeOpDezelfdeDatamapStoptMetEenDuidelijkeMelding(@TempDir Path map) {
        try (Datamap eerste = new Datamap(map.resolve("data").toString())) {
            assertThatThrownBy(() -> new Datamap(map.resolve("data").toString())).isInstanceOf(Datamapfout.class)
                    .hasMessageContaining("in gebruik door een andere samenboek")
                    .hasMessageContaining("proces " + ProcessHandle.current().pid());
        }
        try (Datamap weerVrij = new Datamap(map.resolve("data").toString())) {
            assertThat(weerVrij.pad()).isEqualTo(map.resolve("data"));
        }
    }

    private static String rechten(Path pad) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(pad));
    }
}
