package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.CorrigeerUren;

/**
 * A correction of an urenregistratie: which registration (the versie it produced), the corrected hours (0 or more, at
 * most 24, to the hundredth) and why. Corrections, never deletions: the registration stays in the history.
 */
final class Correctieregels {

    private Correctieregels() {
    }

    static void controleer(CorrigeerUren correctie) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(correctie.registratie() == null || correctie.registratie() < 1, "registratie",
                "is verplicht: de versie van de opdracht die de urenregistratie opleverde");
        Invoerregels.uren(fouten, "uren", correctie.uren(), true, Registratieregels.MAXIMUM_UREN_PER_DAG);
        Redenregels.controleer(fouten, correctie.reden());
        fouten.gooiAlsNodig();
    }
}
