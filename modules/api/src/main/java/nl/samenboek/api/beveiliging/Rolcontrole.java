package nl.samenboek.api.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import nl.samenboek.messages.Code;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Applies the {@link Handeling} table in the security filter chain, before a request body is even read: a role that may
 * not use an endpoint gets 403 whatever it sends. A valid token without a {@code rol} samenboek knows, or of a college or
 * raad without its {@code gemeente}, proves who someone is but not what they may do here: 403 as well. Gemeente scoping
 * (college and raad see their own gemeente only) depends on the resource and is checked where the resource is known.
 */
public class Rolcontrole implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String PREFIX = "/api/v1";
    /** Spring Boot's management endpoints; health is public and never gets here (BeveiligingConfig). */
    private static final String BEHEERPADEN = "/actuator/";
    private static final Pattern GEMEENTECODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private record Regel(Handeling handeling, PathPattern patroon) {
    }

    private final List<Regel> regels;

    public Rolcontrole() {
        PathPatternParser parser = new PathPatternParser();
        // the most specific pattern first, as Spring matches controllers: /pc-documenten/samenwerking/… before /pc-documenten/{gemeente}/…
        this.regels = java.util.Arrays.stream(Handeling.values())
                .map(h -> new Regel(h, parser.parse(PREFIX + h.pad())))
                .sorted(java.util.Comparator.comparing(Regel::patroon, org.springframework.web.util.pattern.PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    /** The endpoint a request is for, if it is one of the table. */
    public Optional<Handeling> handeling(HttpServletRequest verzoek) {
        return handeling(verzoek.getMethod(), verzoek.getRequestURI().substring(verzoek.getContextPath().length()));
    }

    /** The endpoint of a method and a path (with {@code /api/v1}), if it is one of the table. */
    public Optional<Handeling> handeling(String methode, String pad) {
        PathContainer container = PathContainer.parsePath(pad);
        return regels.stream()
                .filter(r -> r.handeling().methode().equalsIgnoreCase(methode) && r.patroon().matches(container))
                .map(Regel::handeling).findFirst();
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authenticatie, RequestAuthorizationContext context) {
        Optional<Handeling> handeling = handeling(context.getRequest());
        if (handeling.filter(Handeling::isPubliek).isPresent()) {
            return new AuthorizationDecision(true);
        }
        Authentication wie = authenticatie.get();
        if (wie == null || !wie.isAuthenticated() || !(wie.getPrincipal() instanceof Jwt jwt)) {
            return new AuthorizationDecision(false);
        }
        if (onbevoegd(jwt).isPresent()) {
            return new AuthorizationDecision(false);
        }
        Rol rol = Code.van(Rol.class, jwt.getClaimAsString("rol"));
        HttpServletRequest verzoek = context.getRequest();
        if (verzoek.getRequestURI().substring(verzoek.getContextPath().length()).startsWith(BEHEERPADEN)) {
            // the management endpoints beside health (/actuator/prometheus): metrics of every gemeente, the beheerder's
            return new AuthorizationDecision(rol == Rol.BEHEERDER);
        }
        return new AuthorizationDecision(handeling.map(h -> h.magDoor(rol)).orElse(true));
    }

    /** Why this token gives no rights at all, if it does not: no known rol, or a college or raad without gemeente. */
    public static Optional<String> onbevoegd(Jwt jwt) {
        Optional<Rol> rol = Code.zoek(Rol.class, claim(jwt, "rol"));
        if (rol.isEmpty()) {
            return Optional.of("Het token noemt geen rol die samenboek kent (claim 'rol'; toegestaan: " + Code.toegestaan(Rol.class) + ").");
        }
        String gemeente = claim(jwt, "gemeente");
        if (rol.get().isPerGemeente() && (gemeente == null || !GEMEENTECODE.matcher(gemeente).matches())) {
            return Optional.of("Een token met rol " + rol.get().code() + " noemt de gemeente (claim 'gemeente').");
        }
        return Optional.empty();
    }

    private static String claim(Jwt jwt, String naam) {
        return jwt.getClaims().get(naam) instanceof String tekst ? tekst : null;
    }
}
