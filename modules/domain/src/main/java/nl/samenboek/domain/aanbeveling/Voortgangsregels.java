package nl.samenboek.domain.aanbeveling;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;

/** A voortgangsmelding: what it reports (gestart, voortgang, mijlpaal, gerealiseerd), on which day, and an explanation. */
final class Voortgangsregels {

    private Voortgangsregels() {
    }

    static void controleer(MeldVoortgang melding, LocalDate vastgesteldOp, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(melding.soort() == null, "soort", "is verplicht; toegestaan: gestart, voortgang, mijlpaal, gerealiseerd");
        Agendadatum.controleer(fouten, "datum", melding.datum(), vastgesteldOp, vandaag);
        Invoerregels.verplichteTekst(fouten, "toelichting", melding.toelichting(), 4_000);
        fouten.gooiAlsNodig();
    }
}
