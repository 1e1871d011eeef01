package nl.samenboek.api.beveiliging;

import nl.samenboek.messages.Code;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.regex.Pattern;

/**
 * A token is only valid with an expiry, a known {@code rol}, and for college and raad a {@code gemeente}; anything
 * else is 401, like a bad signature.
 */
public class TokenValidatie implements OAuth2TokenValidator<Jwt> {

    private static final Pattern GEMEENTECODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getExpiresAt() == null) {
            return fout("het token heeft geen vervaldatum (exp)");
        }
        var rol = Code.zoek(Rol.class, token.getClaimAsString("rol"));
        if (rol.isEmpty()) {
            return fout("het token heeft geen geldige rol; toegestaan: " + Code.toegestaan(Rol.class));
        }
        String gemeente = token.getClaimAsString("gemeente");
        if (rol.get().isPerGemeente() && (gemeente == null || !GEMEENTECODE.matcher(gemeente).matches())) {
            return fout("een token met rol " + rol.get().code() + " noemt de gemeente (claim 'gemeente')");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult fout(String beschrijving) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, beschrijving, null));
    }
}
