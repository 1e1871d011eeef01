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
 * Signs local bearer tokens with the instance's token key, for development and tests only ({@code make token}). A real
 * deployment takes tokens from the gemeenten's identity provider instead ({@code SAMENBOEK_OIDC_ISSUER}), and then
 * samenboek accepts none of these (docs/operations.md). Claims: {@code rol}, for college and raad {@code gemeente},
 * an issue time and an expiry.
 */
public final class Tokenmaker {

    public static final String UITGEVER = "samenboek-lokaal";
    public static final String SLEUTELNAAM = "token";

    private final KeyPair sleutel;

    public Tokenmaker(KeyPair sleutel) {
        this.sleutel = sleutel;
    }

    public String maak(String rol, String gemeente, Duration geldigheid) {
        // one instant for both, whole seconds as the token carries them: exp − iat is exactly the validity asked for
        Instant nu = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return maak(rol, gemeente, nu, nu.plus(geldigheid));
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
