package nl.samenboek.api.schrijven;

import com.fasterxml.jackson.core.JsonProcessingException;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An Idempotency-Key as samenboek keeps it: scoped to the client that sent it (so two clients cannot collide), with
 * a fingerprint of the request (method, path and the canonical JSON of the body) to tell a retry from a different
 * request under the same key.
 */
public record Idempotentie(String sleutel, String verzoekHash) {

    /** The request header (docs/api.md). */
    public static final String KOP = "Idempotency-Key";
    public static final int MAXIMALE_LENGTE = 200;

    /** Null when the client sent no key. */
    public static Idempotentie van(String kop, Gebruiker gebruiker, String methode, String pad, Object lichaam) {
        if (kop == null) {
            return null;
        }
        if (kop.isBlank() || kop.length() > MAXIMALE_LENGTE || !kop.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new OngeldigeInvoer(KOP, "is 1 tot " + MAXIMALE_LENGTE + " zichtbare ASCII-tekens");
        }
        String client = gebruiker.rol().code() + "/" + (gebruiker.gemeente() == null ? "-" : gebruiker.gemeente())
                + "/" + sha256(String.valueOf(gebruiker.onderwerp()));
        return new Idempotentie(client + "/" + kop, sha256(methode + " " + pad + "\n" + canoniek(lichaam)));
    }

    private static String canoniek(Object lichaam) {
        try {
            return new JsonCanonicalizer(GebeurtenisJson.mapper().writeValueAsString(lichaam)).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
