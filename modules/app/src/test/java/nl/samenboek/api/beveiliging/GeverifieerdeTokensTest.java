package nl.samenboek.api.beveiliging;

import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remembered token saves the signature check, never the validation of its claims. */
class GeverifieerdeTokensTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");

    private final KeyPair sleutel = rsa();
    private final Tokenmaker tokens = new Tokenmaker(sleutel);
    private final AtomicInteger handtekeningcontroles = new AtomicInteger();
    private final JwtTimestampValidator tijdcontrole = new JwtTimestampValidator(Duration.ZERO);
    private final GeverifieerdeTokens decoder;

    GeverifieerdeTokensTest() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) sleutel.getPublic()).build();
        nimbus.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        JwtDecoder tellend = token -> {
            handtekeningcontroles.incrementAndGet();
            return nimbus.decode(token);
        };
        tijdcontrole.setClock(Clock.fixed(NU, ZoneOffset.UTC));
        decoder = new GeverifieerdeTokens(tellend, new DelegatingOAuth2TokenValidator<Jwt>(tijdcontrole, new TokenValidatie()));
    }

    @Test
    void eenTokenWordtEenmaalOpZijnHandtekeningGecontroleerd() {
        String token = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(token).getClaimAsString("gemeente")).isEqualTo("lisse");
        }
        assertThat(handtekeningcontroles).hasValue(1);
    }

    @Test
    void eenOnthoudenTokenWordtGeweigerdZodraHetVerlopenIs() {
        String token = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        decoder.decode(token);
        tijdcontrole.setClock(Clock.fixed(NU.plusSeconds(601), ZoneOffset.UTC));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void eenTokenMetOngeldigeClaimsWordtBijElkGebruikGeweigerd() {
        String token = tokens.maak("koning", null, NU.minusSeconds(60), NU.plusSeconds(600));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("rol");
        }
    }

    @Test
    void eenGemanipuleerdTokenWordtNooitOnthouden() {
        String echt = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        String[] delen = echt.split("\\.");
        String vervalst = delen[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(delen[1])).replace("lisse", "hillegom").getBytes()) + "." + delen[2];
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode(vervalst)).isInstanceOf(JwtException.class);
        }
        assertThat(handtekeningcontroles).as("elke poging opnieuw gecontroleerd").hasValue(3);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
