package nl.samenboek.api.fout;

import nl.samenboek.messages.fout.OngeldigeParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** The problem+json answers samenboek gives (docs/api.md, errors; RFC 9457), with a stable {@code type} per kind. */
public final class Probleem {

    private static final String TYPE = "urn:nl:samenboek:probleem:";

    private Probleem() {
    }

    public static ProblemDetail van(HttpStatus status, String soort, String titel, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail == null ? titel : detail);
        probleem.setType(URI.create(TYPE + soort));
        probleem.setTitle(titel);
        return probleem;
    }

    /** Adds {@code regel}: the name of the rule of the nota or the lifecycle that refused (docs/api.md). */
    public static ProblemDetail metRegel(ProblemDetail probleem, String regel) {
        if (regel != null) {
            probleem.setProperty("regel", regel);
        }
        return probleem;
    }

    public static ProblemDetail ongeldigeInvoer(List<OngeldigeParameter> parameters) {
        ProblemDetail probleem = van(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
                parameters.size() == 1
                        ? "Het veld '" + parameters.get(0).name() + "' is ongeldig: " + parameters.get(0).reason() + "."
                        : "Er zijn " + parameters.size() + " ongeldige velden; zie invalidParams.");
        probleem.setProperty("invalidParams", parameters);
        return probleem;
    }
}
