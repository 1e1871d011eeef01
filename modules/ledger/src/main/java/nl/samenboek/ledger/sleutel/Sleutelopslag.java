package nl.samenboek.ledger.sleutel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The instance's own RSA keys, kept as PEM files under {@code SAMENBOEK_DATA_DIR/sleutels}: one to sign local
 * development tokens ({@code make token}), one to sign grootboek checkpoints. Made at first use and kept, so tokens
 * and checkpoints stay valid across restarts; the application and the CLI read the same files. The directory is
 * {@code 0700} and every key file {@code 0600} from the moment it exists ({@link Afgeschermd}).
 */
public final class Sleutelopslag {

    private final Path map;

    public Sleutelopslag(Path dataMap) {
        this.map = dataMap.resolve("sleutels");
    }

    public KeyPair laadOfMaak(String naam) {
        Path prive = map.resolve(naam + ".pem");
        try {
            Afgeschermd.maakMap(map);
            try (FileChannel kanaal = FileChannel.open(map.resolve(".slot"), java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    Afgeschermd.bestandsrechten(map));
                 FileLock ignored = kanaal.lock()) {
                if (!Files.exists(prive)) {
                    schrijf(prive, maak());
                }
                return lees(prive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sleutel " + prive + " kon niet worden geladen of gemaakt", e);
        }
    }

    private static KeyPair maak() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void schrijf(Path bestand, KeyPair paar) throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(paar.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Afgeschermd.schrijf(bestand, pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static KeyPair lees(Path bestand) throws IOException {
        String pem = Files.readString(bestand, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory fabriek = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey prive = (RSAPrivateCrtKey) fabriek.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey publiek = (RSAPublicKey) fabriek.generatePublic(new RSAPublicKeySpec(prive.getModulus(), prive.getPublicExponent()));
            return new KeyPair(publiek, prive);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IOException("geen geldige RSA-sleutel in " + bestand, e);
        }
    }
}
