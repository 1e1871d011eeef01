package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.WijsSleutelprojectAan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sleutelproject's evaluation criteria (nota, aanbeveling C): at least one, at most {@value #MAXIMUM}, each a text of
 * its own (no blank or repeated criterion), so the evaluation can judge each.
 */
final class Sleutelprojectregels {

    static final int MAXIMUM = 20;

    private Sleutelprojectregels() {
    }

    static void controleer(WijsSleutelprojectAan aanwijzing) {
        Foutenlijst fouten = new Foutenlijst();
        List<String> criteria = aanwijzing.criteria();
        if (criteria == null || criteria.isEmpty()) {
            fouten.voegToe("criteria", "is verplicht: minstens één evaluatiecriterium");
        } else if (criteria.size() > MAXIMUM) {
            fouten.voegToe("criteria", "hoogstens " + MAXIMUM + " criteria");
        } else {
            Set<String> gezien = new HashSet<>();
            for (int i = 0; i < criteria.size(); i++) {
                String veld = "criteria[" + i + "]";
                Invoerregels.verplichteTekst(fouten, veld, criteria.get(i), 1_000);
                if (!fouten.heeftFout(veld) && !gezien.add(criteria.get(i).strip().toLowerCase(Locale.ROOT))) {
                    fouten.voegToe(veld, "staat er al: elk criterium eenmaal");
                }
            }
        }
        fouten.gooiAlsNodig();
    }
}
