package nl.samenboek.domain.werkplan;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.werkplan.StelWerkplanVast;

import java.math.BigDecimal;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A werkplan: a team, a jaar, a capacity in productive hours, a share of it as ontwikkeltijd (a percentage, by default
 * the nota's 20 %) and hours planned per gemeente of the samenwerking, together no more than what is plannable.
 */
final class Werkplanregels {

    private static final Pattern TEAMCODE = Pattern.compile("\\S(.{0,98}\\S)?");
    private static final BigDecimal HONDERD = new BigDecimal("100");

    private Werkplanregels() {
    }

    static void controleer(StelWerkplanVast plan, BigDecimal ontwikkeltijdPercentage, Gemeenteregister register) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(plan.team() == null || !TEAMCODE.matcher(plan.team()).matches(), "team", "is verplicht: de code van het team");
        Invoerregels.jaar(fouten, "jaar", plan.jaar(), Invoerregels.EERSTE_JAAR);
        if (plan.capaciteit() == null) {
            fouten.voegToe("capaciteit", "is verplicht zolang het team voor dit jaar geen formatie heeft");
        } else {
            Invoerregels.uren(fouten, "capaciteit", plan.capaciteit(), false, Invoerregels.MAXIMUM_UREN);
        }
        fouten.als(ontwikkeltijdPercentage.signum() < 0 || ontwikkeltijdPercentage.compareTo(HONDERD) > 0
                        || ontwikkeltijdPercentage.stripTrailingZeros().scale() > 2,
                "ontwikkeltijdPercentage", "een percentage van 0 tot en met 100, met hoogstens twee decimalen");
        if (plan.gepland() != null) {
            new TreeMap<>(plan.gepland()).forEach((gemeente, uren) -> {
                if (!register.isBekend(gemeente)) {
                    fouten.voegToe("gepland." + gemeente, "'" + gemeente + "' is geen gemeente van de samenwerking");
                } else {
                    Invoerregels.uren(fouten, "gepland." + gemeente, uren, true, Invoerregels.MAXIMUM_UREN);
                }
            });
        }
        fouten.gooiAlsNodig();
    }

    /** The hours planned for the gemeenten fit in the plannable hours: ontwikkeltijd is not for opdrachten. */
    static void controleerGepland(BigDecimal totaalGepland, BigDecimal planbaar, BigDecimal ontwikkeltijdPercentage) {
        if (totaalGepland.compareTo(planbaar) > 0) {
            throw new OngeldigeInvoer("gepland", "samen " + totaalGepland.toPlainString() + " uur, meer dan de "
                    + planbaar.toPlainString() + " planbare uren (capaciteit min "
                    + ontwikkeltijdPercentage.stripTrailingZeros().toPlainString() + " % ontwikkeltijd)");
        }
    }
}
