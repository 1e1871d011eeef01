package nl.samenboek.api.beveiliging;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Checking a token's RSA signature and decoding its Base64 and JSON costs more CPU than the rest of a cached read
 * (measured, docs/performance.md, w4). A client sends the same token with every request until it expires, so a token
 * whose signature checked out is remembered by its exact text; every use still runs the validators, so expiry,
 * issuer and rol hold at each request. Only tokens with a good signature are remembered: a forged or altered token
 * never enters, and so cannot fill the memory.
 */
final class GeverifieerdeTokens implements JwtDecoder {

    private static final int MAXIMUM = 10_000;

    private final JwtDecoder handtekeningcontrole;
    private final OAuth2TokenValidator<Jwt> validatie;
    private final ConcurrentHashMap<String, Jwt> geverifieerd = new ConcurrentHashMap<>();

    /**
     * @param handtekeningcontrole checks the signature and decodes, without validating the claims
     * @param validatie            the claims every token must satisfy at the moment it is used
     */
    GeverifieerdeTokens(JwtDecoder handtekeningcontrole, OAuth2TokenValidator<Jwt> validatie) {
        this.handtekeningcontrole = handtekeningcontrole;
        this.validatie = validatie;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = geverifieerd.get(token);
        if (jwt == null) {
            jwt = handtekeningcontrole.decode(token);
            if (geverifieerd.size() >= MAXIMUM) {
                geverifieerd.clear();
            }
            geverifieerd.put(token, jwt);
        }
        OAuth2TokenValidatorResult uitslag = validatie.validate(jwt);
        if (uitslag.hasErrors()) {
            String reden = uitslag.getErrors().stream().map(OAuth2Error::getDescription).filter(d -> d != null && !d.isBlank())
                    .findFirst().map(d -> "An error occurred while attempting to decode the Jwt: " + d).orElse("Unable to validate Jwt");
            throw new JwtValidationException(reden, uitslag.getErrors());
        }
        return jwt;
    }
}
