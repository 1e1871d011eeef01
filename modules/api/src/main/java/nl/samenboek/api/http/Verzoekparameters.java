package nl.samenboek.api.http;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the query parameters and headers every resource shares, naming the parameter when it is wrong. */
public final class Verzoekparameters {

    public static final int MAXIMALE_PAGINAGROOTTE = 100;
    private static final Pattern VERSIE = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Verzoekparameters() {
    }

    /** {@code peildatum=YYYY-MM-DD} and {@code bekendOp=<ISO instant>} (docs/api.md, time travel). */
    public static Peilmoment peilmoment(String peildatum, String bekendOp) {
        Foutenlijst fouten = new Foutenlijst();
        LocalDate datum = null;
        Instant bekend = null;
        if (peildatum != null) {
            try {
                datum = LocalDate.parse(peildatum);
                fouten.als(datum.getYear() < 1900 || datum.getYear() > 2100, "peildatum", "ligt buiten 1900–2100");
            } catch (DateTimeParseException e) {
                fouten.voegToe("peildatum", "verwacht een datum als JJJJ-MM-DD");
            }
        }
        if (bekendOp != null) {
            try {
                bekend = OffsetDateTime.parse(bekendOp).toInstant();
            } catch (DateTimeParseException e) {
                fouten.voegToe("bekendOp", "verwacht een tijdstip als ISO-8601 met tijdzone, bijvoorbeeld 2025-06-30T12:00:00Z");
            }
        }
        fouten.gooiAlsNodig();
        return new Peilmoment(datum, bekend);
    }

    /** A jaar between 2017 and 2040 (docs/api.md: valid begrotingsjaren), named as the parameter it came in. */
    public static int jaar(String naam, String waarde) {
        try {
            int jaar = Integer.parseInt(waarde.strip());
            if (jaar >= 2017 && jaar <= 2040) {
                return jaar;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        new Foutenlijst().voegToe(naam, waarde == null ? "is verplicht: een jaar van 2017 tot en met 2040"
                : "een jaar van 2017 tot en met 2040").gooiAlsNodig();
        throw new IllegalStateException();
    }

    public static void pagina(int pagina, int paginagrootte) {
        new Foutenlijst()
                .als(pagina < 1, "pagina", "telt vanaf 1")
                .als(paginagrootte < 1 || paginagrootte > MAXIMALE_PAGINAGROOTTE, "paginagrootte",
                        "ligt tussen 1 en " + MAXIMALE_PAGINAGROOTTE)
                .gooiAlsNodig();
    }

    /** The versie in an {@code If-Match: "<versie>"} header; null without the header or for {@code *}. */
    public static Long verwachteVersie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher versie = VERSIE.matcher(ifMatch);
        if (!versie.matches()) {
            new Foutenlijst().voegToe("If-Match", "verwacht de versie als ETag, bijvoorbeeld \"3\"").gooiAlsNodig();
        }
        return Long.parseLong(versie.group(1));
    }
}
