package nl.samenboek.api.beveiliging;

import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A remembered token saves the signature check, never the validation of its claims; only a compact JWS is looked up
 * at all; the memory is bounded and forgets a token when it expires.
 */
class GeverifieerdeTokensTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");

    private final KeyPair sleutel = rsa();
    private final Tokenmaker tokens = new Tokenmaker(sleutel);
    private final AtomicInteger handtekeningcontroles = new AtomicInteger();
    private final JwtTimestampValidator tijdcontrole = new JwtTimestampValidator(Duration.ZERO);
    private final TokenValidatie tokenvalidatie = new TokenValidatie(Duration.ofHours(12));
    private final AtomicLong verstreken = new AtomicLong();
    private final GeverifieerdeTokens decoder;

    GeverifieerdeTokensTest() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) sleutel.getPublic()).build();
        nimbus.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        JwtDecoder tellend = token -> {
            handtekeningcontroles.incrementAndGet();
            return nimbus.decode(token);
        };
        zetKlok(NU);
        decoder = new GeverifieerdeTokens(tellend, new DelegatingOAuth2TokenValidator<Jwt>(tijdcontrole, tokenvalidatie),
                new Klok(), verstreken::get);
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
        zetKlok(NU.plusSeconds(601));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void hetGeheugenVergeetEenTokenOpZijnVervaltijd() {
        String token = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        decoder.decode(token);
        assertThat(decoder.aantalOnthouden()).isEqualTo(1);
        zetKlok(NU.plusSeconds(599));
        assertThat(decoder.aantalOnthouden()).as("nog geldig").isEqualTo(1);
        zetKlok(NU.plusSeconds(601));
        assertThat(decoder.aantalOnthouden()).as("na exp weg").isZero();
    }

    @Test
    void eenTokenDatTeLangLeeftWordtBijElkGebruikGeweigerd() {
        String token = tokens.maak("auditor", null, NU.minusSeconds(60), NU.minusSeconds(60).plus(Duration.ofHours(12)).plusSeconds(1));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("exp − iat");
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
        assertThat(decoder.aantalOnthouden()).isZero();
    }

    @Test
    void eenTokenDatAlleenInOpvullingOfBase64alfabetVerschiltWordtGeweigerdVoordatHetWordtGelezen() {
        String echt = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        decoder.decode(echt);
        String[] delen = echt.split("\\.");
        List<String> varianten = new ArrayList<>(List.of(
                echt + "=", echt + "==",
                delen[0] + "=." + delen[1] + "." + delen[2],
                delen[0] + "." + delen[1] + "=." + delen[2],
                echt.replace('-', '+').replace('_', '/'),
                " " + echt, echt + " ", echt + ".", "." + echt, echt + "." + delen[2],
                delen[0] + "." + delen[1] + ".",
                delen[0] + ".." + delen[2],
                echt.replace('.', ','), echt + "\n", echt.substring(0, echt.length() - 1) + "é"));
        assertThat(echt.replace('-', '+').replace('_', '/')).as("de test heeft een token met - of _").isNotEqualTo(echt);
        for (String variant : varianten) {
            assertThatThrownBy(() -> decoder.decode(variant)).as(variant).isInstanceOf(BadJwtException.class)
                    .hasMessageContaining("compacte JWS");
        }
        assertThat(handtekeningcontroles).as("geen van de varianten bereikte de handtekeningcontrole").hasValue(1);
        assertThat(decoder.aantalOnthouden()).isEqualTo(1);
    }

    /**
     * Issue 18's count: ten thousand variants of one valid token — padding, the other Base64 alphabet, white space,
     * separators, a changed character in any part — and the memory still holds one entry for it: a variant is refused
     * before it is looked up, or fails its signature and is never remembered.
     */
    @Test
    void tienduizendVariantenVanEenGeldigTokenLatenHetGeheugenOpEenPlaats() {
        String echt = tokens.maak("college", "lisse", NU.minusSeconds(60), NU.plusSeconds(600));
        decoder.decode(echt);
        java.util.Random toeval = new java.util.Random(18);
        String tekens = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .\t\n,";
        java.util.Set<String> varianten = new java.util.HashSet<>();
        while (varianten.size() < 10_000) {
            StringBuilder variant = new StringBuilder(echt);
            int ingrepen = 1 + toeval.nextInt(3);
            for (int i = 0; i < ingrepen; i++) {
                int plek = toeval.nextInt(variant.length() + 1);
                switch (toeval.nextInt(3)) {
                    case 0 -> variant.insert(plek, tekens.charAt(toeval.nextInt(tekens.length())));
                    case 1 -> variant.setCharAt(Math.min(plek, variant.length() - 1), tekens.charAt(toeval.nextInt(tekens.length())));
                    default -> variant.insert(plek, "=".repeat(1 + toeval.nextInt(2)));
                }
            }
            if (!variant.toString().equals(echt)) {
                varianten.add(variant.toString());
            }
        }
        int geaccepteerd = 0;
        for (String variant : varianten) {
            try {
                decoder.decode(variant);
                geaccepteerd++;
            } catch (JwtException geweigerd) {
                // expected for every variant
            }
        }
        System.out.printf("10.000 varianten: %d geaccepteerd, %d handtekeningcontroles, %d onthouden%n",
                geaccepteerd, handtekeningcontroles.get(), decoder.aantalOnthouden());
        assertThat(geaccepteerd).as("geen variant wordt aanvaard").isZero();
        assertThat(decoder.aantalOnthouden()).as("het geheugen houdt één plaats voor het token").isEqualTo(1);
    }

    @Test
    void hetGeheugenIsBegrensd() {
        JwtDecoder zonderHandtekening = token -> Jwt.withTokenValue(token).header("alg", "RS256")
                .issuedAt(NU.minusSeconds(1)).expiresAt(NU.plusSeconds(3600)).claim("rol", "auditor").build();
        GeverifieerdeTokens begrensd = new GeverifieerdeTokens(zonderHandtekening, token -> OAuth2TokenValidatorResult.success(),
                new Klok(), verstreken::get);
        for (int i = 0; i < GeverifieerdeTokens.MAXIMUM + 500; i++) {
            begrensd.decode("eyJhbGciOiJSUzI1NiJ9.eyJqdGkiOiI" + String.format("%05d", i) + "In0.c2lnbmF0dXVy");
        }
        assertThat(begrensd.aantalOnthouden()).isLessThanOrEqualTo(GeverifieerdeTokens.MAXIMUM);
    }

    private Instant nu = NU;

    private void zetKlok(Instant moment) {
        verstreken.addAndGet(Duration.between(nu, moment).toNanos());
        nu = moment;
        tijdcontrole.setClock(Clock.fixed(moment, ZoneOffset.UTC));
        tokenvalidatie.setKlok(Clock.fixed(moment, ZoneOffset.UTC));
    }

    /** The clock the cache computes expiry with, moved together with its ticker. */
    private final class Klok extends Clock {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
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
