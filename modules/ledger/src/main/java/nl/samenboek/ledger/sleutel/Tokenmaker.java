package nl.samenboek.ledger.sleutel;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs local bearer tokens with the instance's token key, for development and tests ({@code make token}). A real
 * deployment takes tokens from the gemeenten's identity provider instead. Claims: {@code rol}, for college and raad
 * {@code gemeente}, and an expiry.
 */
public final class Tokenmaker {

    public static final String UITGEVER = "samenboek-lokaal";
    public static final String SLEUTELNAAM = "token";

    private final KeyPair sleutel;

    public Tokenmaker(KeyPair sleutel) {
        this.sleutel = sleutel;
    }

    public String maak(String rol, String gemeente, Duration geldigheid) {
        return maak(rol, gemeente, Instant.now(), Instant.now().plus(geldigheid));
    }

    public String maak(String rol, String gemeente, Instant uitgegeven, Instant verloopt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(UITGEVER)
                .subject("lokaal-" + rol + (gemeente == null ? "" : "-" + gemeente))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(uitgegeven))
                .expirationTime(Date.from(verloopt))
                .claim("rol", rol);
        if (gemeente != null) {
            claims.claim("gemeente", gemeente);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SLEUTELNAAM).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(sleutel.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("token kon niet worden ondertekend", e);
        }
        return jwt.serialize();
    }
}
