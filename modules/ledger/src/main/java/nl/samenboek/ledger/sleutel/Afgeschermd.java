package nl.samenboek.ledger.sleutel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Directories and files that only the owner may use: directories {@code 0700}, files {@code 0600}, with those
 * permissions given at creation — never written first and restricted afterwards, so there is no moment at which
 * another user could open them (docs/operations.md, the data dir). On a file system without POSIX permissions the
 * operating system's defaults apply.
 */
public final class Afgeschermd {

    public static final Set<PosixFilePermission> MAP = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> BESTAND = PosixFilePermissions.fromString("rw-------");

    private Afgeschermd() {
    }

    /** The directory and any missing parents, each made {@code 0700}; an existing directory is left as it is. */
    public static Path maakMap(Path map) throws IOException {
        if (Files.isDirectory(map)) {
            return map;
        }
        Path ouder = map.toAbsolutePath().getParent();
        if (ouder != null && !Files.isDirectory(ouder)) {
            maakMap(ouder);
        }
        try {
            return posix(map) ? Files.createDirectory(map, PosixFilePermissions.asFileAttribute(MAP)) : Files.createDirectory(map);
        } catch (FileAlreadyExistsException gelijktijdig) {
            if (Files.isDirectory(map)) {
                return map;
            }
            throw gelijktijdig;
        }
    }

    /** Writes a new file {@code 0600} beside the target and moves it into place, so a reader sees all or nothing. */
    public static void schrijf(Path bestand, byte[] inhoud) throws IOException {
        Path tijdelijk = bestand.resolveSibling(bestand.getFileName() + ".nieuw");
        Files.deleteIfExists(tijdelijk);
        try (SeekableByteChannel kanaal = Files.newByteChannel(tijdelijk,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), bestandsrechten(tijdelijk))) {
            ByteBuffer buffer = ByteBuffer.wrap(inhoud);
            while (buffer.hasRemaining()) {
                kanaal.write(buffer);
            }
        }
        try (var kanaal = java.nio.channels.FileChannel.open(tijdelijk, StandardOpenOption.WRITE)) {
            kanaal.force(true);
        }
        Files.move(tijdelijk, bestand, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The attributes for a new file that only the owner may read and write, where the file system knows them. */
    public static FileAttribute<?>[] bestandsrechten(Path waar) {
        return posix(waar) ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(BESTAND)} : new FileAttribute<?>[0];
    }

    /** Whether group or others may do anything with this file or directory. */
    public static boolean isOpenVoorAnderen(Path pad) throws IOException {
        if (!posix(pad)) {
            return false;
        }
        Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(pad, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return rechten.stream().anyMatch(r -> !r.name().startsWith("OWNER"));
    }

    static boolean posix(Path pad) {
        Path bestaand = pad.toAbsolutePath();
        while (bestaand != null && !Files.exists(bestaand)) {
            bestaand = bestaand.getParent();
        }
        return bestaand != null && bestaand.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
