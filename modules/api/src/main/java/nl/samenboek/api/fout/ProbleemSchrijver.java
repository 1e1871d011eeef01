package nl.samenboek.api.fout;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import nl.samenboek.api.beveiliging.Rolcontrole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/** Writes 401, 403 and 503 from the security filters as problem+json, like every other error. */
@Component
public class ProbleemSchrijver implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private static final Rolcontrole ROLCONTROLE = new Rolcontrole();
    private static final Logger LOG = LoggerFactory.getLogger(ProbleemSchrijver.class);

    private final ObjectMapper json;

    public ProbleemSchrijver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest verzoek, HttpServletResponse antwoord, AuthenticationException fout) throws IOException {
        String reden = fout instanceof InvalidBearerTokenException ? fout.getMessage() : "Er is geen geldig bearer-token meegestuurd.";
        antwoord.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        schrijf(verzoek, antwoord, Probleem.van(HttpStatus.UNAUTHORIZED, "niet-geauthenticeerd", "Niet geauthenticeerd",
                reden + " Vraag een token aan (zie docs/api.md)."));
    }

    /**
     * A bearer token that could not be checked: 401 when it is bad, 503 with Retry-After when the identity provider's
     * keys could not be fetched (the token may be good; the client should try again, not ask for a new one).
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest verzoek, HttpServletResponse antwoord, AuthenticationException fout)
            throws IOException {
        if (fout instanceof AuthenticationServiceException) {
            LOG.warn("Een token kon niet worden gecontroleerd: {}", fout.getMessage());
            antwoord.setHeader("Retry-After", "10");
            schrijf(verzoek, antwoord, Probleem.van(HttpStatus.SERVICE_UNAVAILABLE, "identiteitsprovider-niet-bereikbaar",
                    "Tijdelijk niet beschikbaar", "De sleutels van de identiteitsprovider zijn nu niet op te halen; "
                            + "probeer het over enkele seconden opnieuw met hetzelfde token."));
            return;
        }
        commence(verzoek, antwoord, fout);
    }

    /**
     * 403 from the filter chain: a token without rights, or a rol the table does not allow here. The text names the
     * endpoint by its pattern ({@code /pc-documenten/{gemeente}/…}), not by the path asked, so it repeats no gemeente.
     */
    @Override
    public void handle(HttpServletRequest verzoek, HttpServletResponse antwoord, AccessDeniedException fout) throws IOException {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        Jwt jwt = wie != null && wie.getPrincipal() instanceof Jwt token ? token : null;
        String detail;
        if (jwt == null) {
            detail = "Deze rol mag dit niet.";
        } else {
            detail = Rolcontrole.onbevoegd(jwt).orElseGet(() -> "De rol '" + jwt.getClaimAsString("rol") + "' mag dit niet"
                    + ROLCONTROLE.handeling(verzoek).map(h -> " (" + h.methode() + " " + h.pad() + ")").orElse("") + ".");
        }
        schrijf(verzoek, antwoord, Probleem.van(HttpStatus.FORBIDDEN, "verboden", "Verboden", detail));
    }

    public void schrijf(HttpServletRequest verzoek, HttpServletResponse antwoord, ProblemDetail probleem) throws IOException {
        probleem.setInstance(URI.create(verzoek.getRequestURI()));
        antwoord.setStatus(probleem.getStatus());
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        json.writeValue(antwoord.getOutputStream(), probleem);
    }
}
