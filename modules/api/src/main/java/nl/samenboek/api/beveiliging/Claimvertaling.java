package nl.samenboek.api.beveiliging;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads samenboek's {@code rol} and {@code gemeente} from the claims an identity provider issues, and puts them in the
 * token under those two names, so everything after (the role table, the audit trail) reads one shape whatever the
 * provider (docs/operations.md, claims). Either from two claims ({@code SAMENBOEK_OIDC_ROL_CLAIM},
 * {@code SAMENBOEK_OIDC_GEMEENTE_CLAIM}, by default {@code rol} and {@code gemeente}) or from a groups or roles claim
 * ({@code SAMENBOEK_OIDC_GROEPEN_CLAIM}) with a mapping from group to rol and gemeente
 * ({@code SAMENBOEK_OIDC_GROEPEN=grp-lisse-college=college:lisse,…}). A group of the mapping wins over the two claims;
 * groups that map to more than one rol or gemeente give none (the token then has no rights: 403). Whatever the token
 * itself said under {@code rol} or {@code gemeente} is replaced, so a provider that lets users set claims of those
 * names cannot grant rights by them unless they are the configured ones. A claim name is first taken whole
 * ({@code https://example.org/rol}), then as a path through nested objects ({@code realm_access.roles}).
 */
final class Claimvertaling implements Converter<Map<String, Object>, Map<String, Object>> {

    private final MappedJwtClaimSetConverter standaard = MappedJwtClaimSetConverter.withDefaults(Map.of());
    private final String rolClaim;
    private final String gemeenteClaim;
    private final String groepenClaim;
    private final Map<String, Rolkoppeling> groepen;

    Claimvertaling(String rolClaim, String gemeenteClaim, String groepenClaim, Map<String, Rolkoppeling> groepen) {
        this.rolClaim = rolClaim;
        this.gemeenteClaim = gemeenteClaim;
        this.groepenClaim = groepenClaim == null ? "" : groepenClaim;
        this.groepen = Map.copyOf(groepen);
    }

    /** The claims as samenboek issues them itself ({@code make token}): {@code rol} and {@code gemeente}. */
    static Claimvertaling standaard() {
        return new Claimvertaling("rol", "gemeente", "", Map.of());
    }

    @Override
    public Map<String, Object> convert(Map<String, Object> claims) {
        Map<String, Object> vertaald = new HashMap<>(standaard.convert(claims));
        Optional<Rolkoppeling> koppeling = uitGroepen(claims).or(() -> uitClaims(claims));
        vertaald.remove("rol");
        vertaald.remove("gemeente");
        koppeling.ifPresent(k -> {
            vertaald.put("rol", k.rol());
            if (k.gemeente() != null) {
                vertaald.put("gemeente", k.gemeente());
            }
        });
        return vertaald;
    }

    private Optional<Rolkoppeling> uitGroepen(Map<String, Object> claims) {
        if (groepenClaim.isEmpty()) {
            return Optional.empty();
        }
        Set<Rolkoppeling> gevonden = new LinkedHashSet<>();
        for (String groep : teksten(claim(claims, groepenClaim))) {
            Rolkoppeling koppeling = groepen.get(groep);
            if (koppeling != null) {
                gevonden.add(koppeling);
            }
        }
        if (gevonden.size() > 1) {
            // ambiguous: no rights rather than a guess
            return Optional.of(new Rolkoppeling("", null));
        }
        return gevonden.stream().findFirst();
    }

    private Optional<Rolkoppeling> uitClaims(Map<String, Object> claims) {
        if (!(claim(claims, rolClaim) instanceof String rol)) {
            return Optional.empty();
        }
        return Optional.of(new Rolkoppeling(rol, claim(claims, gemeenteClaim) instanceof String gemeente ? gemeente : null));
    }

    private static List<String> teksten(Object waarde) {
        if (waarde instanceof String tekst) {
            return List.of(tekst);
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static Object claim(Map<String, Object> claims, String naam) {
        if (claims.containsKey(naam)) {
            return claims.get(naam);
        }
        Object waarde = claims;
        for (String deel : naam.split("\\.")) {
            if (!(waarde instanceof Map<?, ?> object)) {
                return null;
            }
            waarde = object.get(deel);
        }
        return waarde;
    }

    /** A rol and, for college and raad, a gemeente, as a group grants them. */
    record Rolkoppeling(String rol, String gemeente) {

        /**
         * Parses {@code groep=rol[:gemeente],…}, refusing unknown roles, a college or raad without gemeente and a
         * gemeente for a rol that has none, so a mistake in the configuration stops the start instead of granting less
         * or more than meant.
         */
        static Map<String, Rolkoppeling> lees(String tekst) {
            Map<String, Rolkoppeling> koppelingen = new HashMap<>();
            if (tekst == null || tekst.isBlank()) {
                return koppelingen;
            }
            for (String regel : tekst.split(",")) {
                String[] delen = regel.strip().split("=", 2);
                if (delen.length != 2 || delen[0].isBlank()) {
                    throw new IllegalArgumentException("SAMENBOEK_OIDC_GROEPEN: '" + regel.strip() + "' is geen groep=rol of groep=rol:gemeente");
                }
                String[] rolEnGemeente = delen[1].strip().split(":", 2);
                Rol rol = nl.samenboek.messages.Code.zoek(Rol.class, rolEnGemeente[0]).orElseThrow(() -> new IllegalArgumentException(
                        "SAMENBOEK_OIDC_GROEPEN: onbekende rol '" + rolEnGemeente[0] + "' voor groep '" + delen[0].strip()
                                + "'; toegestaan: " + nl.samenboek.messages.Code.toegestaan(Rol.class)));
                String gemeente = rolEnGemeente.length == 2 ? rolEnGemeente[1] : null;
                if (rol.isPerGemeente() != (gemeente != null && !gemeente.isBlank())) {
                    throw new IllegalArgumentException("SAMENBOEK_OIDC_GROEPEN: groep '" + delen[0].strip() + "': "
                            + (rol.isPerGemeente() ? "rol " + rol.code() + " noemt een gemeente (" + rol.code() + ":<gemeente>)"
                            : "rol " + rol.code() + " hoort bij geen gemeente"));
                }
                if (koppelingen.put(delen[0].strip(), new Rolkoppeling(rol.code(), gemeente)) != null) {
                    throw new IllegalArgumentException("SAMENBOEK_OIDC_GROEPEN: groep '" + delen[0].strip() + "' staat er twee keer in");
                }
            }
            return koppelingen;
        }
    }
}
