package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.fout.Verboden;

/**
 * Who reports progress (docs/uitvoeringsagenda.md, per gemeente): directie and bestuur on every recommendation and for
 * every gemeente; a college only on a recommendation each gemeente realises for itself, and only for its own gemeente.
 * Checked first, so a college that may not report learns 403 and nothing else.
 */
final class Meldbevoegdheid {

    static final String COLLEGE = "college";

    private Meldbevoegdheid() {
    }

    static void vereis(MeldVoortgang melding, String letter, boolean perGemeente) {
        if (!COLLEGE.equals(melding.door())) {
            return;
        }
        if (!perGemeente) {
            throw new Verboden("aanbeveling.college-alleen-per-gemeente", "Aanbeveling " + letter + " wordt niet per gemeente "
                    + "gevolgd; voortgang melden de directie en het bestuur.");
        }
        if (melding.gemeente() != null && !melding.gemeente().equals(melding.doorGemeente())) {
            throw new Verboden("aanbeveling.eigen-gemeente", "Een college meldt alleen voortgang voor de eigen gemeente ("
                    + melding.doorGemeente() + ").");
        }
    }
}
