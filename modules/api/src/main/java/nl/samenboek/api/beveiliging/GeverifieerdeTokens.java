package nl.samenboek.api.beveiliging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checking a token's signature and decoding its Base64 and JSON costs more CPU than the rest of a cached read
 * (measured, docs/performance.md, w4). A client sends the same token with every request until it expires, so a token
 * whose signature checked out is remembered: by the SHA-256 of its text (the cache holds no usable token), at most
 * {@value #MAXIMUM}, each until its own {@code exp}. Every use still runs the validators, so expiry, issuer, audience
 * and lifetime hold at each request. Only tokens with a good signature are remembered: a forged or altered token
 * never enters. The text must be a compact JWS ({@link Compacttoken}) before it is looked up or parsed at all.
 */
final class GeverifieerdeTokens implements JwtDecoder {

    static final int MAXIMUM = 10_000;
    private static final Duration LANGSTE_BEWARING = Duration.ofDays(1);

    private final JwtDecoder handtekeningcontrole;
    private final OAuth2TokenValidator<Jwt> validatie;
    private final Clock klok;
    private final Cache<String, Jwt> geverifieerd;

    /**
     * @param handtekeningcontrole checks the signature and decodes, without validating the claims
     * @param validatie            the claims every token must satisfy at the moment it is used
     */
    GeverifieerdeTokens(JwtDecoder handtekeningcontrole, OAuth2TokenValidator<Jwt> validatie) {
        this(handtekeningcontrole, validatie, Clock.systemUTC(), Ticker.systemTicker());
    }

    GeverifieerdeTokens(JwtDecoder handtekeningcontrole, OAuth2TokenValidator<Jwt> validatie, Clock klok, Ticker ticker) {
        this.handtekeningcontrole = handtekeningcontrole;
        this.validatie = validatie;
        this.klok = klok;
        this.geverifieerd = Caffeine.newBuilder().maximumSize(MAXIMUM).ticker(ticker).expireAfter(new TotVerloop()).build();
    }

    @Override
    public Jwt decode(String token) {
        if (!Compacttoken.isGeldig(token)) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: "
                    + "het token is geen compacte JWS (drie Base64url-delen zonder opvulling, gescheiden door punten)");
        }
        String sleutel = sha256(token);
        Jwt jwt = geverifieerd.getIfPresent(sleutel);
        if (jwt == null) {
            jwt = handtekeningcontrole.decode(token);
            if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(klok.instant())) {
                geverifieerd.put(sleutel, jwt);
            }
        }
        OAuth2TokenValidatorResult uitslag = validatie.validate(jwt);
        if (uitslag.hasErrors()) {
            String reden = uitslag.getErrors().stream().map(OAuth2Error::getDescription).filter(d -> d != null && !d.isBlank())
                    .findFirst().map(d -> "An error occurred while attempting to decode the Jwt: " + d).orElse("Unable to validate Jwt");
            throw new JwtValidationException(reden, uitslag.getErrors());
        }
        return jwt;
    }

    /** How many verified tokens are remembered now, for tests. */
    long aantalOnthouden() {
        geverifieerd.cleanUp();
        return geverifieerd.estimatedSize();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entry lives until its token's {@code exp}, by the same clock the validators use. */
    private final class TotVerloop implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String sleutel, Jwt jwt, long nu) {
            Instant verloopt = jwt.getExpiresAt();
            if (verloopt == null) {
                return 0;
            }
            Duration resterend = Duration.between(klok.instant(), verloopt);
            // a token that claims to live longer is refused by the validators anyway; no overflow of nanoseconds
            return resterend.isNegative() ? 0 : Math.min(resterend.toSeconds(), LANGSTE_BEWARING.toSeconds()) * 1_000_000_000L;
        }

        @Override
        public long expireAfterUpdate(String sleutel, Jwt jwt, long nu, long resterend) {
            return expireAfterCreate(sleutel, jwt, nu);
        }

        @Override
        public long expireAfterRead(String sleutel, Jwt jwt, long nu, long resterend) {
            return resterend;
        }
    }
}
