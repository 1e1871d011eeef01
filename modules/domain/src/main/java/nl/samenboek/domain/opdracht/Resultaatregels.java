package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.Resultaatniveau;

import java.time.LocalDate;
import java.util.Map;

/**
 * A realisatie (output) or rapportage (outcome) names an afspraak of that level on this opdracht, a measured waarde and
 * the peildatum it was measured on, which has been.
 */
final class Resultaatregels {

    static final int MAXIMALE_TOELICHTING = 4_000;

    private Resultaatregels() {
    }

    /** @param afspraken the opdracht's afspraken by id, with their level */
    static void controleer(MeldResultaat resultaat, Map<String, Resultaatniveau> afspraken, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        if (resultaat.afspraak() == null || resultaat.afspraak().isBlank()) {
            fouten.voegToe("afspraak", "is verplicht: de id van de " + resultaat.niveau().code() + "afspraak");
        } else if (afspraken.get(resultaat.afspraak()) != resultaat.niveau()) {
            fouten.voegToe("afspraak", "'" + resultaat.afspraak() + "' is geen " + resultaat.niveau().code() + "afspraak van deze opdracht");
        }
        fouten.als(resultaat.waarde() == null, "waarde", "is verplicht: de gemeten waarde");
        Invoerregels.datum(fouten, "peildatum", resultaat.peildatum(), vandaag);
        Invoerregels.maximaleLengte(fouten, "toelichting", resultaat.toelichting(), MAXIMALE_TOELICHTING);
        fouten.gooiAlsNodig();
    }
}
