package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.GeefPrioriteit;

/** A priority of the bestuur: hoog, normaal or laag, and always the reason, for the colleges to read. */
final class Prioriteringsregels {

    private Prioriteringsregels() {
    }

    static void controleer(GeefPrioriteit prioritering) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(prioritering.prioriteit() == null, "prioriteit", "is verplicht; toegestaan: hoog, normaal, laag");
        Redenregels.controleer(fouten, prioritering.reden());
        fouten.gooiAlsNodig();
    }
}
