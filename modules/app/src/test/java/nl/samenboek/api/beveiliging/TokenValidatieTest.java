package nl.samenboek.api.beveiliging;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token needs exp and iat, an iat not in the future, and a lifetime of at most the maximum (docs/operations.md). */
class TokenValidatieTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");
    private final TokenValidatie validatie = new TokenValidatie(Duration.ofHours(12));

    TokenValidatieTest() {
        validatie.setKlok(Clock.fixed(NU, ZoneOffset.UTC));
    }

    @Test
    void preciesDeMaximaleLevensduurMag() {
        assertThat(validatie.validate(token(NU, NU.plus(Duration.ofHours(12)))).hasErrors()).isFalse();
    }

    @Test
    void langerDanDeMaximaleLevensduurNiet() {
        assertThat(fout(token(NU, NU.plus(Duration.ofHours(12)).plusSeconds(1)))).contains("exp − iat");
    }

    @Test
    void zonderExpOfIatNiet() {
        assertThat(fout(Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(NU).claim("rol", "auditor").build())).contains("exp");
        assertThat(fout(Jwt.withTokenValue("t").header("alg", "RS256").expiresAt(NU.plusSeconds(60)).claim("rol", "auditor").build()))
                .contains("iat");
    }

    @Test
    void uitgegevenInDeToekomstAlleenBinnenDeKlokafwijking() {
        assertThat(validatie.validate(token(NU.plusSeconds(60), NU.plusSeconds(600))).hasErrors()).isFalse();
        assertThat(fout(token(NU.plusSeconds(61), NU.plusSeconds(600)))).contains("toekomst");
    }

    @Test
    void eenMaximumVanNulOfMinderIsGeenInstelling() {
        assertThatThrownBy(() -> new TokenValidatie(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private String fout(Jwt token) {
        var uitslag = validatie.validate(token);
        assertThat(uitslag.hasErrors()).isTrue();
        return uitslag.getErrors().iterator().next().getDescription();
    }

    private static Jwt token(Instant iat, Instant exp) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(iat).expiresAt(exp).claim("rol", "auditor").build();
    }
}
