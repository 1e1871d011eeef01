package nl.samenboek.app.beveiliging;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.api.beveiliging.Snelheidsbegrenzing;
import nl.samenboek.api.fout.ProbleemSchrijver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rate limit per token subject (docs/security.md), on a limiter of its own with a small limit and a clock the test
 * moves: the shared Spring context runs without one (SAMENBOEK_RATE_LIMIT unset), as a default installation does.
 */
class SnelheidsbegrenzingTest {

    private final AtomicLong klok = new AtomicLong(1_000_000_000_000L);
    private final Snelheidsbegrenzing begrenzer = new Snelheidsbegrenzing(Snelheidsbegrenzing.Limiet.lees("3/PT1M").orElseThrow(),
            new ProbleemSchrijver(new ObjectMapper()), klok::get);

    @AfterEach
    void ruimOp() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void bovenDeLimietIs429MetRetryAfterPerSubject() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(stuur("anna").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse teVeel = stuur("anna");
        assertThat(teVeel.getStatus()).isEqualTo(429);
        assertThat(teVeel.getContentType()).startsWith("application/problem+json");
        assertThat(teVeel.getHeader("Retry-After")).isEqualTo("20");
        assertThat(teVeel.getContentAsString()).contains("\"status\":429");
        // another subject has a bucket of its own
        assertThat(stuur("bram").getStatus()).isEqualTo(200);
        // one request per 20 seconds comes back
        klok.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(stuur("anna").getStatus()).isEqualTo(200);
        assertThat(stuur("anna").getStatus()).isEqualTo(429);
        klok.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertThat(stuur("anna").getStatus()).as("na een uur is de emmer vol, niet voller").isEqualTo(200);
        }
        assertThat(stuur("anna").getStatus()).isEqualTo(429);
    }

    @Test
    void zonderTokenTeltHetNiet() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse antwoord = new MockHttpServletResponse();
            begrenzer.doFilter(new MockHttpServletRequest("GET", "/api/v1/opdrachten"), antwoord, new MockFilterChain());
            assertThat(antwoord.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void deInstelling() {
        assertThat(Snelheidsbegrenzing.Limiet.lees("")).isEmpty();
        assertThat(Snelheidsbegrenzing.Limiet.lees(null)).isEmpty();
        assertThat(Snelheidsbegrenzing.Limiet.lees("120/PT1M")).contains(new Snelheidsbegrenzing.Limiet(120, Duration.ofMinutes(1)));
        for (String fout : new String[]{"120", "0/PT1M", "x/PT1M", "120/1m", "-1/PT1M", "120/PT0S", "9223372036854775807/PT1H"}) {
            assertThatThrownBy(() -> Snelheidsbegrenzing.Limiet.lees(fout)).as(fout).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private MockHttpServletResponse stuur(String subject) throws Exception {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("iss", "https://idp.example")
                .claim("rol", "directie").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        begrenzer.doFilter(new MockHttpServletRequest("GET", "/api/v1/opdrachten"), antwoord, new MockFilterChain());
        return antwoord;
    }
}
