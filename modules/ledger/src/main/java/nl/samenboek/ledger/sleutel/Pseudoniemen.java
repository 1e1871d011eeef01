package nl.samenboek.ledger.sleutel;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The pseudoniem of whoever acts, as the grootboek's {@code door} names them: {@code p-} and 24 hex digits of an
 * HMAC-SHA256 over the token's issuer and subject, keyed by a secret of the instance (table {@code instantiegeheim},
 * shared by every node). The same person always gets the same pseudoniem, so an auditor can count one person's
 * actions; without the secret nobody can tell who it is, and the ledger holds no name and no token subject
 * (docs/architecture.md, principle 6).
 */
public final class Pseudoniemen {

    static final String GEHEIM = "pseudoniemen";

    private final byte[] sleutel;

    public Pseudoniemen(byte[] sleutel) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("de sleutel van de pseudoniemen heeft ten minste 32 bytes");
        }
        this.sleutel = sleutel.clone();
    }

    /** The instance's secret from the database, made at first use; concurrent first uses on two nodes agree. */
    public static Pseudoniemen uit(JdbcTemplate jdbc) {
        byte[] nieuw = new byte[32];
        new SecureRandom().nextBytes(nieuw);
        jdbc.update("INSERT INTO instantiegeheim (naam, waarde) VALUES (?, ?) ON CONFLICT (naam) DO NOTHING", GEHEIM, nieuw);
        return new Pseudoniemen(jdbc.queryForObject("SELECT waarde FROM instantiegeheim WHERE naam = ?", byte[].class, GEHEIM));
    }

    public String van(String uitgever, String onderwerp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            byte[] hash = mac.doFinal((uitgever + "\n" + onderwerp).getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
