package nl.samenboek.api.beveiliging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenboek.api.fout.Probleem;
import nl.samenboek.api.fout.ProbleemSchrijver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A rate limit per token subject ({@code iss} and {@code sub}), off unless {@code SAMENBOEK_RATE_LIMIT} sets it, as
 * {@code <verzoeken>/<ISO-8601 duur>}, e.g. {@code 120/PT1M} (docs/operations.md, docs/security.md). Each subject has a
 * token bucket holding at most that many requests, refilled evenly over the period; over it the answer is 429
 * problem+json with Retry-After in seconds. The buckets live in a bounded Caffeine cache, so a flood of subjects costs
 * bounded memory. It runs after the token is checked: a request without a valid token is 401 and counts for no one.
 */
public class Snelheidsbegrenzing extends OncePerRequestFilter {

    private static final long MAXIMAAL_AANTAL_SUBJECTEN = 100_000;

    private final long capaciteit;
    private final long periodeNanos;
    private final LongSupplier klok;
    private final ProbleemSchrijver problemen;
    private final Cache<String, Emmer> emmers;

    public Snelheidsbegrenzing(Limiet limiet, ProbleemSchrijver problemen, LongSupplier klok) {
        this.capaciteit = limiet.verzoeken();
        this.periodeNanos = limiet.periode().toNanos();
        this.klok = klok;
        this.problemen = problemen;
        this.emmers = Caffeine.newBuilder().maximumSize(MAXIMAAL_AANTAL_SUBJECTEN)
                .expireAfterAccess(limiet.periode().multipliedBy(2)).build();
    }

    /** A number of requests per period. */
    public record Limiet(long verzoeken, Duration periode) {

        public Limiet {
            if (verzoeken < 1 || periode.isNegative() || periode.isZero()
                    || verzoeken > Long.MAX_VALUE / 4 / Math.max(1, periode.toNanos())) {
                throw new IllegalArgumentException("SAMENBOEK_RATE_LIMIT: ten minste 1 verzoek per positieve duur, en niet onbegrensd");
            }
        }

        /** {@code 120/PT1M}; empty (no limit) when blank. */
        public static Optional<Limiet> lees(String tekst) {
            if (tekst == null || tekst.isBlank()) {
                return Optional.empty();
            }
            String[] delen = tekst.trim().split("/", 2);
            try {
                return Optional.of(new Limiet(Long.parseLong(delen[0].trim()), Duration.parse(delen[1].trim())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("SAMENBOEK_RATE_LIMIT '" + tekst + "' is niet <verzoeken>/<ISO-8601 duur>, "
                        + "bijvoorbeeld 120/PT1M", e);
            }
        }
    }

    /** A token bucket: what is left, in nanoseconds' worth of requests (capaciteit × periode when full). */
    private final class Emmer {
        private long inhoud;
        private long bijgewerkt;

        Emmer(long nu) {
            this.inhoud = capaciteit * periodeNanos;
            this.bijgewerkt = nu;
        }

        /** 0 when a request may go; otherwise the nanoseconds until one may. */
        synchronized long neem(long nu) {
            long volle = capaciteit * periodeNanos;
            inhoud = Math.min(volle, inhoud + Math.max(0, nu - bijgewerkt) * capaciteit);
            bijgewerkt = nu;
            if (inhoud >= periodeNanos) {
                inhoud -= periodeNanos;
                return 0;
            }
            return (periodeNanos - inhoud + capaciteit - 1) / capaciteit;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || !(wie.getPrincipal() instanceof Jwt jwt) || jwt.getSubject() == null) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        String subject = (jwt.hasClaim("iss") ? jwt.getClaimAsString("iss") : "") + " " + jwt.getSubject();
        long nu = klok.getAsLong();
        long wachten = emmers.get(subject, s -> new Emmer(nu)).neem(nu);
        if (wachten == 0) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        long seconden = Math.max(1, (wachten + 999_999_999L) / 1_000_000_000L);
        antwoord.setHeader("Retry-After", Long.toString(seconden));
        problemen.schrijf(verzoek, antwoord, Probleem.van(HttpStatus.TOO_MANY_REQUESTS, "te-veel-verzoeken", "Te veel verzoeken",
                "Te veel verzoeken met dit token; probeer het over " + seconden + " seconden opnieuw (Retry-After)."));
    }
}
