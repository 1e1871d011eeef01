package nl.samenboek.api.fout;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/** Writes 401 and 403 from the security filters as problem+json, like every other error. */
@Component
public class ProbleemSchrijver implements AuthenticationEntryPoint, AccessDeniedHandler {

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

    @Override
    public void handle(HttpServletRequest verzoek, HttpServletResponse antwoord, AccessDeniedException fout) throws IOException {
        String rol = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() != null
                && org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                instanceof org.springframework.security.oauth2.jwt.Jwt jwt ? jwt.getClaimAsString("rol") : null;
        schrijf(verzoek, antwoord, Probleem.van(HttpStatus.FORBIDDEN, "verboden", "Verboden",
                rol == null ? "Deze rol mag dit niet." : "De rol '" + rol + "' mag dit niet (" + verzoek.getMethod() + " "
                        + verzoek.getRequestURI() + ")."));
    }

    public void schrijf(HttpServletRequest verzoek, HttpServletResponse antwoord, ProblemDetail probleem) throws IOException {
        probleem.setInstance(URI.create(verzoek.getRequestURI()));
        antwoord.setStatus(probleem.getStatus());
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        json.writeValue(antwoord.getOutputStream(), probleem);
    }
}
