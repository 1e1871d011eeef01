package nl.samenboek.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenboek.api.fout.Probleem;
import nl.samenboek.api.fout.ProbleemSchrijver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies above a configured size ({@code samenboek.verzoek.maximale-grootte}, default 256 KB) with
 * 413 problem+json, whether the client announced the length or streams the body. A timesheet of up to 10,000 lines has
 * its own limit ({@code samenboek.verzoek.maximale-urenstaat}, default 2 MB); the import of an exported grootboek has
 * none, as it is streamed entry by entry and may hold millions of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class Lichaamslimiet extends OncePerRequestFilter {

    private static final String IMPORT = "/api/v1/beheer/importen";
    private static final String URENSTATEN = "/api/v1/urenstaten";

    private final long maximum;
    private final long maximumUrenstaat;
    private final ProbleemSchrijver problemen;

    public Lichaamslimiet(@Value("${samenboek.verzoek.maximale-grootte:256KB}") DataSize maximum,
                          @Value("${samenboek.verzoek.maximale-urenstaat:2MB}") DataSize maximumUrenstaat, ProbleemSchrijver problemen) {
        this.maximum = maximum.toBytes();
        this.maximumUrenstaat = maximumUrenstaat.toBytes();
        this.problemen = problemen;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return "POST".equals(verzoek.getMethod()) && IMPORT.equals(verzoek.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        long grens = URENSTATEN.equals(verzoek.getRequestURI()) ? maximumUrenstaat : maximum;
        if (verzoek.getContentLengthLong() > grens) {
            problemen.schrijf(verzoek, antwoord, teGroot(grens));
            return;
        }
        try {
            keten.doFilter(new Begrensd(verzoek, grens), antwoord);
        } catch (TeGroot fout) {
            if (!antwoord.isCommitted()) {
                antwoord.reset();
                antwoord.setHeader(ApiVersie.KOP, ApiVersie.VERSIE);
                problemen.schrijf(verzoek, antwoord, teGroot(grens));
            }
        }
    }

    private org.springframework.http.ProblemDetail teGroot(long grens) {
        return Probleem.van(HttpStatus.PAYLOAD_TOO_LARGE, "verzoek-te-groot", "Verzoek te groot",
                "Een verzoek is hier hoogstens " + grens + " bytes.");
    }

    static final class TeGroot extends IOException {
        TeGroot() {
            super("verzoek te groot");
        }
    }

    private static final class Begrensd extends HttpServletRequestWrapper {

        private static final String IMPORT = "/api/v1/beheer/importen";

    private final long maximum;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest verzoek, long maximum) {
            super(verzoek);
            this.maximum = maximum;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                ServletInputStream bron = super.getInputStream();
                stroom = new ServletInputStream() {
                    private long gelezen;

                    @Override
                    public int read() throws IOException {
                        int b = bron.read();
                        if (b >= 0 && ++gelezen > maximum) {
                            throw new TeGroot();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int van, int lengte) throws IOException {
                        int n = bron.read(buffer, van, lengte);
                        if (n > 0 && (gelezen += n) > maximum) {
                            throw new TeGroot();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return bron.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return bron.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener luisteraar) {
                        bron.setReadListener(luisteraar);
                    }
                };
            }
            return stroom;
        }
    }
}
