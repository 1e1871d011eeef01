package nl.samenboek.domain.aanbeveling;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;

/**
 * A decision of the bestuur about a recommendation has the date it was taken and its reason; an uitstelbesluit also
 * the new deadline, after the decision and at the latest in the last year samenboek plans for, and, if it names one,
 * a stap the recommendation has.
 */
final class Besluitregels {

    private static final int MAXIMALE_REDEN = 4_000;

    private Besluitregels() {
    }

    static void controleer(NeemUitstelbesluit besluit, LocalDate vastgesteldOp, LocalDate vandaag, int aantalStappen) {
        Foutenlijst fouten = new Foutenlijst();
        Agendadatum.controleer(fouten, "datum", besluit.datum(), vastgesteldOp, vandaag);
        if (besluit.nieuweDeadline() == null) {
            fouten.voegToe("nieuweDeadline", "is verplicht");
        } else if (besluit.datum() != null && !besluit.nieuweDeadline().isAfter(besluit.datum())) {
            fouten.voegToe("nieuweDeadline", "moet na de datum van het besluit liggen");
        } else if (besluit.nieuweDeadline().getYear() > Invoerregels.LAATSTE_JAAR) {
            fouten.voegToe("nieuweDeadline", "moet uiterlijk in " + Invoerregels.LAATSTE_JAAR + " liggen");
        }
        Invoerregels.verplichteTekst(fouten, "reden", besluit.reden(), MAXIMALE_REDEN);
        Agendadatum.stap(fouten, besluit.stap(), aantalStappen);
        fouten.gooiAlsNodig();
    }

    static void controleer(NeemVervalbesluit besluit, LocalDate vastgesteldOp, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        Agendadatum.controleer(fouten, "datum", besluit.datum(), vastgesteldOp, vandaag);
        Invoerregels.verplichteTekst(fouten, "reden", besluit.reden(), MAXIMALE_REDEN);
        fouten.gooiAlsNodig();
    }
}
