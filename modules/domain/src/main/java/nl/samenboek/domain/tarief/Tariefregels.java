package nl.samenboek.domain.tarief;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.tarief.StelTariefVast;

import java.math.BigDecimal;

/** An afdelingstarief: a team, a jaar and euro per hour, from 0 up to a sanity limit, in cents. */
final class Tariefregels {

    static final BigDecimal HOOGSTE_TARIEF = new BigDecimal("10000");

    private Tariefregels() {
    }

    static void controleer(StelTariefVast vaststelling) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(vaststelling.team() == null || vaststelling.team().isBlank() || vaststelling.team().length() > 100,
                "team", "is verplicht: de code van het team");
        Invoerregels.jaar(fouten, "jaar", vaststelling.jaar(), Invoerregels.EERSTE_JAAR);
        if (vaststelling.tarief() == null) {
            fouten.voegToe("tarief", "is verplicht: euro per uur");
        } else if (vaststelling.tarief().signum() < 0 || vaststelling.tarief().compareTo(HOOGSTE_TARIEF) > 0
                || vaststelling.tarief().stripTrailingZeros().scale() > 2) {
            fouten.voegToe("tarief", "euro per uur, van 0 tot " + HOOGSTE_TARIEF + ", in centen");
        }
        fouten.gooiAlsNodig();
    }
}
