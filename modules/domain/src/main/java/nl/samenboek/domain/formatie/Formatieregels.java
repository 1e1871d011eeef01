package nl.samenboek.domain.formatie;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.formatie.StelFormatieVast;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A formatie: a team, a jaar, the fte of the formatie (to four decimals: 32 of 36 hours is 0.8889 fte), the part of it
 * vacant (not more than the formatie), the hours hired in, and the productive hours of one fte in the year (more than 0,
 * at most the hours of a leap year).
 */
final class Formatieregels {

    private static final Pattern TEAMCODE = Pattern.compile("\\S(.{0,98}\\S)?");
    static final BigDecimal HOOGSTE_FTE = new BigDecimal("1000");
    static final BigDecimal UREN_IN_EEN_JAAR = new BigDecimal("8784");

    private Formatieregels() {
    }

    static void controleer(StelFormatieVast formatie, BigDecimal vacaturesFte, BigDecimal inhuurUren) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(formatie.team() == null || !TEAMCODE.matcher(formatie.team()).matches(), "team", "is verplicht: de code van het team");
        Invoerregels.jaar(fouten, "jaar", formatie.jaar(), Invoerregels.EERSTE_JAAR);
        fte(fouten, "fte", formatie.fte());
        fte(fouten, "vacaturesFte", vacaturesFte);
        if (!fouten.heeftFout("fte") && !fouten.heeftFout("vacaturesFte") && vacaturesFte.compareTo(formatie.fte()) > 0) {
            fouten.voegToe("vacaturesFte", "is meer dan de formatie van " + formatie.fte().stripTrailingZeros().toPlainString() + " fte");
        }
        Invoerregels.uren(fouten, "inhuurUren", inhuurUren, true, Invoerregels.MAXIMUM_UREN);
        Invoerregels.uren(fouten, "urenPerFte", formatie.urenPerFte(), false, UREN_IN_EEN_JAAR);
        fouten.gooiAlsNodig();
    }

    private static void fte(Foutenlijst fouten, String veld, BigDecimal fte) {
        if (fte == null) {
            fouten.voegToe(veld, "is verplicht: fte");
        } else if (fte.signum() < 0 || fte.compareTo(HOOGSTE_FTE) > 0 || fte.stripTrailingZeros().scale() > 4) {
            fouten.voegToe(veld, "fte van 0 tot en met " + HOOGSTE_FTE.toPlainString() + ", met hoogstens vier decimalen");
        }
    }
}
