package nl.samenboek.domain.monitor;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.monitor.NeemMetingOp;
import nl.samenboek.messages.monitor.StelMetingVast;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A meting: its soort, a peildatum before today (a day that has ended, so its figures no longer move), the jaar of an
 * existing normenkader and a description; a raad's vaststelling: the besluit and its date, not before the peildatum
 * and not in the future.
 */
final class Metingregels {

    private Metingregels() {
    }

    static void controleer(NeemMetingOp meting, Set<Integer> normenkaders, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(meting.soort() == null, "soort", "is verplicht; toegestaan: nulmeting, meting");
        Invoerregels.datum(fouten, "peildatum", meting.peildatum(), vandaag);
        fouten.als(!fouten.heeftFout("peildatum") && !meting.peildatum().isBefore(vandaag), "peildatum",
                "moet vóór vandaag liggen: een meting gaat over een dag die voorbij is");
        Invoerregels.jaar(fouten, "normenkader", meting.normenkader(), Invoerregels.EERSTE_JAAR);
        fouten.als(!fouten.heeftFout("normenkader") && !normenkaders.contains(meting.normenkader()), "normenkader",
                "er is geen normenkader " + meting.normenkader() + "; het bestuur stelt het vast met PUT /normenkaders/"
                        + meting.normenkader());
        Invoerregels.verplichteTekst(fouten, "omschrijving", meting.omschrijving(), 4_000);
        fouten.gooiAlsNodig();
        Objects.requireNonNull(meting.bekendOp(), "bekendOp");
        if (meting.grootboek() == null || meting.grootboek().isEmpty() || meting.indicatoren() == null) {
            throw new OngeldigeInvoer("indicatoren", "de meting heeft geen berekende indicatoren of grootboekkoppen");
        }
    }

    static void controleer(StelMetingVast vaststelling, LocalDate peildatum, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "besluit", vaststelling.besluit(), 1_000);
        Invoerregels.datum(fouten, "datum", vaststelling.datum(), vandaag);
        fouten.als(!fouten.heeftFout("datum") && vaststelling.datum().isBefore(peildatum), "datum",
                "ligt vóór de peildatum van de meting (" + peildatum + ")");
        fouten.gooiAlsNodig();
    }
}
