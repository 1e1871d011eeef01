package nl.samenboek.api.beveiliging;

import nl.samenboek.messages.Code;
import nl.samenboek.messages.fout.Verboden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.Collection;

/** Applies the {@link Handeling} table to the caller of the current request. */
@Component
public class Toegang {

    /** The caller of this request; the token was validated before, so its claims are known to be well-formed. */
    public Gebruiker gebruiker() {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie == null || !(authenticatie.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("geen geauthenticeerde gebruiker");
        }
        Rol rol = Code.van(Rol.class, jwt.getClaimAsString("rol"));
        return new Gebruiker(rol, rol.isPerGemeente() ? jwt.getClaimAsString("gemeente") : null, jwt.getSubject(),
                jwt.hasClaim("iss") ? jwt.getClaimAsString("iss") : "");
    }

    /** The caller, if their rol may do this; otherwise 403. */
    public Gebruiker vereis(Handeling handeling) {
        Gebruiker gebruiker = gebruiker();
        if (!handeling.magDoor(gebruiker.rol())) {
            throw new Verboden("De rol '" + gebruiker.rol().code() + "' mag dit niet ("
                    + handeling.methode() + " " + handeling.pad() + ").");
        }
        return gebruiker;
    }

    /**
     * College and raad see only what concerns their own gemeente. The refusal names the caller's own gemeente and
     * never the ones the resource concerns: that would tell a college what it may not know (docs/api.md).
     */
    public void vereisZicht(Gebruiker gebruiker, Collection<String> gemeenten) {
        if (!gebruiker.magZien(gemeenten)) {
            throw new Verboden(buitenEigenGemeente(gebruiker));
        }
    }

    /** The text of a refusal for what does not concern the caller's own gemeente; names no other gemeente. */
    public static String buitenEigenGemeente(Gebruiker gebruiker) {
        return "Dit betreft niet de gemeente " + gebruiker.gemeente() + "; een " + gebruiker.rol().code()
                + " ziet alleen wat de eigen gemeente betreft.";
    }

    /**
     * The gemeente a list is filtered on: the one asked for, but for college and raad always their own (asking for
     * another gemeente is 403).
     */
    public String gemeentefilter(Gebruiker gebruiker, String gevraagd) {
        if (!gebruiker.rol().isPerGemeente()) {
            return gevraagd;
        }
        if (gevraagd != null && !gevraagd.equals(gebruiker.gemeente())) {
            vereisZicht(gebruiker, java.util.List.of(gevraagd));
        }
        return gebruiker.gemeente();
    }
}
