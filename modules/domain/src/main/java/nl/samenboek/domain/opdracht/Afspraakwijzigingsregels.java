package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.TrekAfspraakIn;
import nl.samenboek.messages.opdracht.WijzigAfspraak;

/**
 * A change of an agreed afspraak: a new streefwaarde, a new meetmoment or both, each still SMART (Meetbaar, Tijdgebonden),
 * and always the reason; a withdrawal needs only the reason.
 */
final class Afspraakwijzigingsregels {

    private Afspraakwijzigingsregels() {
    }

    static void controleer(WijzigAfspraak wijziging, int begrotingsjaar) {
        Foutenlijst fouten = new Foutenlijst();
        Redenregels.controleer(fouten, wijziging.reden());
        if (wijziging.streefwaarde() == null && wijziging.meetmoment() == null) {
            fouten.voegToe("streefwaarde", "noem streefwaarde of meetmoment (of beide)");
            fouten.voegToe("meetmoment", "noem streefwaarde of meetmoment (of beide)");
        }
        if (wijziging.streefwaarde() != null) {
            SmartRegels.streefwaarde(fouten, wijziging.streefwaarde());
        }
        if (wijziging.meetmoment() != null) {
            SmartRegels.meetmoment(fouten, wijziging.meetmoment(), begrotingsjaar);
        }
        fouten.gooiAlsNodig();
    }

    static void controleer(TrekAfspraakIn intrekking) {
        Redenregels.controleer(intrekking.reden());
    }
}
