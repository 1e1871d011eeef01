package nl.samenboek.api.beveiliging;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What every token must say about time, beside Spring Security's own checks of {@code exp} and {@code nbf}
 * (docs/operations.md, tokens): an expiry ({@code exp}) and an issue time ({@code iat}), an issue time that does not lie
 * in the future (beyond the clock skew), and a lifetime {@code exp − iat} of at most the configured maximum — a
 * stolen token is of use only for as long as it lives. Anything else is 401, like a bad signature. Whether its
 * {@code rol} and {@code gemeente} allow a request is authorisation (403, {@link Rolcontrole}).
 */
public class TokenValidatie implements OAuth2TokenValidator<Jwt> {

    /** The clock skew allowed between samenboek and the identity provider. */
    public static final Duration KLOKAFWIJKING = Duration.ofSeconds(60);

    private final Duration maximaleLevensduur;
    private Clock klok = Clock.systemUTC();

    public TokenValidatie(Duration maximaleLevensduur) {
        if (maximaleLevensduur.isNegative() || maximaleLevensduur.isZero()) {
            throw new IllegalArgumentException("de maximale levensduur van een token is positief");
        }
        this.maximaleLevensduur = maximaleLevensduur;
    }

    /** For tests that move time. */
    public void setKlok(Clock klok) {
        this.klok = klok;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant verloopt = token.getExpiresAt();
        Instant uitgegeven = token.getIssuedAt();
        if (verloopt == null) {
            return fout("het token heeft geen vervaldatum (exp)");
        }
        if (uitgegeven == null) {
            return fout("het token heeft geen uitgiftetijd (iat)");
        }
        if (uitgegeven.isAfter(klok.instant().plus(KLOKAFWIJKING))) {
            return fout("het token is uitgegeven in de toekomst (iat)");
        }
        if (Duration.between(uitgegeven, verloopt).compareTo(maximaleLevensduur) > 0) {
            return fout("het token leeft langer dan " + maximaleLevensduur.toMinutes() + " minuten (exp − iat)");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult fout(String beschrijving) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, beschrijving, null));
    }
}
