package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.WijzigOpdracht;

/** A change of scope or hours: a new raming, a new omschrijving or both, and always the reason for it. */
final class Wijzigingsregels {

    private Wijzigingsregels() {
    }

    static void controleer(WijzigOpdracht wijziging) {
        Foutenlijst fouten = new Foutenlijst();
        Redenregels.controleer(fouten, wijziging.reden());
        if (wijziging.geraamdeUren() == null && wijziging.omschrijving() == null) {
            fouten.voegToe("geraamdeUren", "noem geraamdeUren of omschrijving (of beide)");
            fouten.voegToe("omschrijving", "noem geraamdeUren of omschrijving (of beide)");
        }
        if (wijziging.geraamdeUren() != null) {
            Invoerregels.uren(fouten, "geraamdeUren", wijziging.geraamdeUren(), false, Invoerregels.MAXIMUM_UREN);
        }
        if (wijziging.omschrijving() != null) {
            Invoerregels.verplichteTekst(fouten, "omschrijving", wijziging.omschrijving(), Aanvraagregels.MAXIMALE_OMSCHRIJVING);
        }
        fouten.gooiAlsNodig();
    }
}
