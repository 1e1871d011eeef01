package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a ledger entry, exactly as docs/auditor.md defines it: lowercase hex SHA-256 of the UTF-8 bytes of
 * {@code vorigeHash} followed by the RFC 8785 (JCS) canonical JSON of the {@code gebeurtenis}. The first entry's
 * {@code vorigeHash} is 64 zeros.
 */
public final class Hashketen {

    public static final String BEGIN = "0".repeat(64);

    private Hashketen() {
    }

    public static String hash(String vorigeHash, JsonNode gebeurtenis) {
        return hash(vorigeHash, canoniek(gebeurtenis));
    }

    public static String hash(String vorigeHash, byte[] canoniekeGebeurtenis) {
        MessageDigest sha256 = sha256();
        sha256.update(vorigeHash.getBytes(StandardCharsets.UTF_8));
        sha256.update(canoniekeGebeurtenis);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** RFC 8785: sorted keys, no whitespace, ES6 number form, minimal string escapes. */
    public static byte[] canoniek(JsonNode gebeurtenis) {
        try {
            return new JsonCanonicalizer(GebeurtenisJson.mapper().writeValueAsString(gebeurtenis)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("gebeurtenis is geen geldige JSON voor canonicalisatie", e);
        }
    }

    public static boolean isHash(String waarde) {
        return waarde != null && waarde.matches("[0-9a-f]{64}");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke JVM te zitten", e);
        }
    }
}
