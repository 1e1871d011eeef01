package nl.samenboek.ledger.controlepunt;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signs checkpoints with the instance's checkpoint key (RSA, RS256) and checks them with the public key alone. */
public final class Ondertekenaar {

    public static final String SLEUTELNAAM = "controlepunt";
    public static final String ALGORITME = "RS256";

    private final KeyPair sleutel;
    private final String sleutelId;

    public Ondertekenaar(KeyPair sleutel) {
        this.sleutel = sleutel;
        this.sleutelId = sleutelId((RSAPublicKey) sleutel.getPublic());
    }

    public Controlepunt onderteken(String gemeente, long aantal, String hoofdHash, String tijdstip) {
        try {
            Signature handtekening = Signature.getInstance("SHA256withRSA");
            handtekening.initSign(sleutel.getPrivate());
            handtekening.update(Controlepunt.inhoud(gemeente, aantal, hoofdHash, tijdstip));
            return new Controlepunt(gemeente, aantal, hoofdHash, tijdstip, ALGORITME, sleutelId,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(handtekening.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("controlepunt kon niet worden ondertekend", e);
        }
    }

    public static boolean klopt(Controlepunt controlepunt, PublicKey publiek) {
        try {
            Signature handtekening = Signature.getInstance("SHA256withRSA");
            handtekening.initVerify(publiek);
            handtekening.update(controlepunt.ondertekendeInhoud());
            return handtekening.verify(Base64.getUrlDecoder().decode(controlepunt.handtekening()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public PublicKey publiek() {
        return sleutel.getPublic();
    }

    public String sleutelId() {
        return sleutelId;
    }

    /** The public key as a JWK (RFC 7517), for {@code GET /api/v1/audit/sleutels}. */
    public Map<String, String> publiekeSleutel() {
        RSAPublicKey publiek = (RSAPublicKey) sleutel.getPublic();
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", ALGORITME);
        jwk.put("kid", sleutelId);
        jwk.put("n", base64url(publiek.getModulus()));
        jwk.put("e", base64url(publiek.getPublicExponent()));
        return jwk;
    }

    /** The key id: the first 16 hex digits of SHA-256 over the modulus, so a new key gets a new id. */
    static String sleutelId(RSAPublicKey publiek) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(publiek.getModulus().toString(16).getBytes(StandardCharsets.US_ASCII));
            return SLEUTELNAAM + "-" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64url(BigInteger getal) {
        byte[] bytes = getal.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
