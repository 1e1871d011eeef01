package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.ZegUrenToe;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The input contract for a jaar: a jaar from the begrotingsjaar on, the hours, and optionally their split over the
 * opdracht's gemeenten, which must add up to exactly those hours.
 */
final class Toezeggingsregels {

    private Toezeggingsregels() {
    }

    static void controleer(ZegUrenToe toezegging, int begrotingsjaar, List<String> gemeenten) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.jaar(fouten, "jaar", toezegging.jaar(), begrotingsjaar);
        Invoerregels.uren(fouten, "uren", toezegging.uren(), true, Invoerregels.MAXIMUM_UREN);
        if (toezegging.verdeling() != null && !fouten.heeftFout("uren")) {
            controleerVerdeling(fouten, toezegging.verdeling(), toezegging.uren(), gemeenten);
        }
        fouten.gooiAlsNodig();
    }

    /** Whether the directie gave a reason to commit beyond the team's plannable capacity. */
    static boolean metOverschrijding(ZegUrenToe toezegging) {
        return toezegging.overschrijding() != null && !toezegging.overschrijding().isBlank();
    }

    private static void controleerVerdeling(Foutenlijst fouten, Map<String, BigDecimal> verdeling, BigDecimal uren,
                                            List<String> gemeenten) {
        BigDecimal som = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> deel : verdeling.entrySet()) {
            String veld = "verdeling." + deel.getKey();
            if (!gemeenten.contains(deel.getKey())) {
                fouten.voegToe(veld, "'" + deel.getKey() + "' is geen gemeente van deze opdracht");
            }
            Invoerregels.uren(fouten, veld, deel.getValue(), true, Invoerregels.MAXIMUM_UREN);
            som = som.add(deel.getValue() == null ? BigDecimal.ZERO : deel.getValue());
        }
        if (fouten.isLeeg() && som.compareTo(uren) != 0) {
            fouten.voegToe("verdeling", "de delen tellen op tot " + som.toPlainString() + " uur, niet tot de "
                    + uren.toPlainString() + " toegezegde uren");
        }
    }
}
