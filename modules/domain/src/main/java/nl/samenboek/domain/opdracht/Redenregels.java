package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;

/**
 * An afwijzing, an intrekking and a wijziging always say why: the reason is part of what the ledger keeps, so someone
 * can be held to account for it.
 */
final class Redenregels {

    static final int MAXIMALE_LENGTE = 2_000;

    private Redenregels() {
    }

    static void controleer(String reden) {
        Foutenlijst fouten = new Foutenlijst();
        controleer(fouten, reden);
        fouten.gooiAlsNodig();
    }

    static void controleer(Foutenlijst fouten, String reden) {
        Invoerregels.verplichteTekst(fouten, "reden", reden, MAXIMALE_LENGTE);
    }
}
