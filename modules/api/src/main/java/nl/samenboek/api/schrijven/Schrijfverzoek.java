package nl.samenboek.api.schrijven;

import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.http.Verzoekparameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The headers of a write, as a controller parameter ({@link Schrijfverzoekparameter} fills it from the request):
 * the optional {@code Idempotency-Key} and, on a parameter marked {@link OpVersie}, the optional {@code If-Match}.
 * Both are read only when asked for, so who may act is checked first (403 before 400). openapi.json lists them as
 * header parameters of the operation (Schrijfkoppen).
 */
public record Schrijfverzoek(String sleutel, String ifMatch) {

    /** On a {@link Schrijfverzoek} parameter: the operation takes {@code If-Match: "<versie>"} too. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface OpVersie {
    }

    /** The versie the client expects ({@code If-Match}); null without the header or for {@code *}; 400 when malformed. */
    public Long versie() {
        return Verzoekparameters.verwachteVersie(ifMatch);
    }

    /** The Idempotency-Key of this request by this caller for this request body; null without the header. */
    public Idempotentie idempotentie(Gebruiker gebruiker, String methode, String pad, Object lichaam) {
        return Idempotentie.van(sleutel, gebruiker, methode, pad, lichaam);
    }
}
