package nl.samenboek.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Every answer, errors and 401s included, carries the full API version (ADR: version header). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersie extends OncePerRequestFilter {

    public static final String KOP = "API-Version";
    public static final String VERSIE = "1.0.0";

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        antwoord.setHeader(KOP, VERSIE);
        keten.doFilter(verzoek, antwoord);
    }
}
