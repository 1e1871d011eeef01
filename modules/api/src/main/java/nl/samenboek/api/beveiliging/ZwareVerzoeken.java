package nl.samenboek.api.beveiliging;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenboek.api.fout.Probleem;
import nl.samenboek.api.fout.ProbleemSchrijver;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bulkhead for the expensive reads — verifying or exporting a grootboek, time travel ({@code bekendOp}), recomputing
 * a meting, rendering a PDF: at most so many run at once, each holding a database connection for seconds, so they can
 * never take every connection of the pool from the write path (docs/security.md). A request that finds every place
 * taken waits a little, then gets 503 with {@code Retry-After}; writes and plain reads never wait here. An export
 * streams after its handler has returned: its place is given back when the stream ends.
 */
public class ZwareVerzoeken extends OncePerRequestFilter {

    private final Semaphore plaatsen;
    private final Duration wachten;
    private final ProbleemSchrijver problemen;

    public ZwareVerzoeken(int tegelijk, Duration wachten, ProbleemSchrijver problemen) {
        if (tegelijk < 1) {
            throw new IllegalArgumentException("samenboek.zware-verzoeken.tegelijk: ten minste 1");
        }
        this.plaatsen = new Semaphore(tegelijk, true);
        this.wachten = wachten;
        this.problemen = problemen;
    }

    /** Whether the request is one of the expensive reads this bulkhead bounds. */
    static boolean isZwaar(HttpServletRequest verzoek) {
        if (!"GET".equals(verzoek.getMethod())) {
            return false;
        }
        String pad = verzoek.getRequestURI();
        String accept = verzoek.getHeader("Accept");
        return pad.endsWith("/verificatie") || pad.endsWith("/export") || pad.endsWith("/herberekening")
                || verzoek.getParameter("bekendOp") != null
                || (accept != null && accept.contains("application/pdf"));
    }

    /** The places free now (for health and tests). */
    public int vrij() {
        return plaatsen.availablePermits();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        if (!isZwaar(verzoek)) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        boolean binnen;
        try {
            binnen = plaatsen.tryAcquire(wachten.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            binnen = false;
        }
        if (!binnen) {
            antwoord.setHeader("Retry-After", Long.toString(Math.max(1, wachten.toSeconds())));
            problemen.schrijf(verzoek, antwoord, Probleem.van(HttpStatus.SERVICE_UNAVAILABLE, "te-druk", "Te druk",
                    "Er lopen al zoveel verificaties, exports, tijdreizen en PDF's als deze instantie tegelijk doet; "
                            + "probeer het zo opnieuw (Retry-After). Schrijven gaat gewoon door."));
            return;
        }
        AtomicBoolean teruggegeven = new AtomicBoolean();
        Runnable geefTerug = () -> {
            if (teruggegeven.compareAndSet(false, true)) {
                plaatsen.release();
            }
        };
        try {
            keten.doFilter(verzoek, antwoord);
        } finally {
            if (verzoek.isAsyncStarted()) {
                verzoek.getAsyncContext().addListener(new Terug(geefTerug));
            } else {
                geefTerug.run();
            }
        }
    }

    /** Gives the place back when a streamed answer ends, however it ends. */
    private record Terug(Runnable geefTerug) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent gebeurtenis) {
            geefTerug.run();
        }

        @Override
        public void onTimeout(AsyncEvent gebeurtenis) {
            geefTerug.run();
        }

        @Override
        public void onError(AsyncEvent gebeurtenis) {
            geefTerug.run();
        }

        @Override
        public void onStartAsync(AsyncEvent gebeurtenis) {
            gebeurtenis.getAsyncContext().addListener(this);
        }
    }
}
