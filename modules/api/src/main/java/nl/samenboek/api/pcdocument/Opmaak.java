package nl.samenboek.api.pcdocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dutch number and date formats for the published documents: decimal comma, euro, day-month-year. */
public final class Opmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", NL).withZone(ZoneId.of("Europe/Amsterdam"));

    private Opmaak() {
    }

    /** Hours or amounts with thousands separators, for people: 1.234,50. */
    public static String getal(BigDecimal waarde) {
        if (waarde == null) {
            return "–";
        }
        DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        return formaat.format(waarde.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A plain number for a spreadsheet: decimal comma, no thousands separators: 1234,5. */
    public static String csvGetal(BigDecimal waarde) {
        return waarde == null ? "" : waarde.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String euro(BigDecimal waarde) {
        return waarde == null ? "–" : "€ " + getal(waarde);
    }

    /** A fraction as a percentage: 0.1406 → 14,06 %. */
    public static String procent(BigDecimal breuk) {
        return breuk == null ? "–" : getal(breuk.movePointRight(2)) + " %";
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "–" : DATUM.format(datum);
    }

    public static String tijdstip(Instant tijdstip) {
        return tijdstip == null ? "–" : TIJDSTIP.format(tijdstip);
    }
}
