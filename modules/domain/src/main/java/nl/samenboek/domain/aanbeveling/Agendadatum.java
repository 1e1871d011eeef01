package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;

/** A fact about a recommendation (progress, a decision) happened between the nota's date and today. */
final class Agendadatum {

    private Agendadatum() {
    }

    static void controleer(Foutenlijst fouten, String veld, LocalDate datum, LocalDate vastgesteldOp, LocalDate vandaag) {
        if (datum == null) {
            fouten.voegToe(veld, "is verplicht");
        } else if (datum.isBefore(vastgesteldOp)) {
            fouten.voegToe(veld, "ligt vóór de nota (" + vastgesteldOp + ")");
        } else if (datum.isAfter(vandaag)) {
            fouten.voegToe(veld, "ligt in de toekomst");
        }
    }
}
