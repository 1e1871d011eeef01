package nl.samenboek.app.infra;

import nl.samenboek.ledger.sleutel.Afgeschermd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the embedded servers and the instance's keys keep their data: {@code SAMENBOEK_DATA_DIR}, default {@code ./data}.
 *
 * <p>Only the owner may use it (docs/operations.md): a new data dir is made {@code 0700}; samenboek refuses to start
 * on one that group or others may write to (someone else could have put files there); an older one that others could
 * only read is closed to them. One samenboek at a time: the data dir is locked ({@code samenboek.lock}) for as long as
 * the application runs, and a second one on the same data dir stops at once instead of touching the first one's
 * database.
 */
@Component
public class Datamap implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Datamap.class);
    static final String SLOT = "samenboek.lock";

    private final Path pad;
    private final FileChannel slotkanaal;
    private final FileLock slot;

    public Datamap(@Value("${samenboek.data-dir:./data}") String pad) {
        this.pad = Path.of(pad).toAbsolutePath().normalize();
        try {
            if (!Files.exists(this.pad, LinkOption.NOFOLLOW_LINKS)) {
                Afgeschermd.maakMap(this.pad);
            }
            controleerRechten(this.pad);
            this.slotkanaal = FileChannel.open(this.pad.resolve(SLOT), Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), Afgeschermd.bestandsrechten(this.pad));
            this.slot = vergrendel(this.pad, slotkanaal);
            beperkRechten();
        } catch (IOException e) {
            throw new UncheckedIOException("de datamap " + this.pad + " kon niet worden gemaakt of vergrendeld", e);
        }
    }

    public Path pad() {
        return pad;
    }

    public Path pad(String deel) {
        return pad.resolve(deel);
    }

    /**
     * Refuses a data dir that group or others may write to; closes one that they may only read or enter (data dirs of
     * earlier versions were made with the user's umask).
     */
    static void controleerRechten(Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            throw new Datamapfout(map, "De datamap " + map + " is geen map.",
                    "Kies met SAMENBOEK_DATA_DIR een map, of verwijder wat er nu staat.");
        }
        if (!map.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(map);
        if (rechten.contains(PosixFilePermission.GROUP_WRITE) || rechten.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new Datamapfout(map, "De datamap " + map + " is schrijfbaar voor anderen ("
                    + java.nio.file.attribute.PosixFilePermissions.toString(rechten) + "); samenboek start daar niet: "
                    + "iemand anders kan er bestanden in hebben gezet of vervangen.",
                    "Controleer de inhoud, en maak de map alleen voor de eigenaar toegankelijk: chmod 700 " + map);
        }
        if (Afgeschermd.isOpenVoorAnderen(map)) {
            LOG.warn("De datamap {} was leesbaar voor anderen ({}); alleen de eigenaar houdt toegang (0700).", map,
                    java.nio.file.attribute.PosixFilePermissions.toString(rechten));
            Files.setPosixFilePermissions(map, Afgeschermd.MAP);
        }
    }

    private static FileLock vergrendel(Path map, FileChannel kanaal) throws IOException {
        FileLock slot;
        try {
            slot = kanaal.tryLock();
        } catch (OverlappingFileLockException inDezeJvm) {
            slot = null;
        }
        if (slot == null) {
            String wie = leesEigenaar(kanaal);
            kanaal.close();
            throw new Datamapfout(map, "De datamap " + map + " is in gebruik door een andere samenboek" + wie
                    + "; er draait er maar één tegelijk op dezelfde gegevens.",
                    "Stop die eerst, of kies met SAMENBOEK_DATA_DIR een andere datamap.");
        }
        kanaal.truncate(0);
        kanaal.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        kanaal.force(true);
        return slot;
    }

    private static String leesEigenaar(FileChannel kanaal) {
        try {
            ByteBuffer inhoud = ByteBuffer.allocate(32);
            kanaal.read(inhoud, 0);
            String pid = new String(inhoud.array(), 0, inhoud.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? " (proces " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Takes group and other permissions off everything under the data dir. What samenboek writes itself is made so
     * ({@link Afgeschermd}), and PostgreSQL makes its own files {@code 0600}; this closes what libraries made with the
     * user's umask (the extracted PostgreSQL binaries, the read-model file) and what earlier versions left. Nothing is
     * exposed meanwhile: the data dir itself is {@code 0700}, so no other user can reach inside it.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void beperkRechten() {
        if (!pad.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> alles = Files.walk(pad)) {
            alles.forEach(Datamap::beperk);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("De rechten onder {} konden niet overal worden beperkt: {}", pad, e.getMessage());
        }
    }

    private static void beperk(Path pad) {
        try {
            if (Files.isSymbolicLink(pad)) {
                return;
            }
            Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(pad, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> eigen = EnumSet.noneOf(PosixFilePermission.class);
            rechten.stream().filter(r -> r.name().startsWith("OWNER")).forEach(eigen::add);
            if (!eigen.equals(rechten)) {
                Files.setPosixFilePermissions(pad, eigen);
            }
        } catch (java.nio.file.NoSuchFileException weg) {
            // a file PostgreSQL removed meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            slot.release();
            slotkanaal.close();
        } catch (IOException e) {
            LOG.warn("Het slot op de datamap {} ging niet netjes los: {}", pad, e.getMessage());
        }
    }
}
