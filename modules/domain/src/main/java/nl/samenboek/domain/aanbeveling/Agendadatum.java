package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;

/** A fact about a recommendation (progress, a decision) happened between the nota's date and today, about a stap it has. */
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

    /** A stap, when named, is one of the recommendation's: 1 (its first deadline) up to its last mijlpaal. */
    static void stap(Foutenlijst fouten, Integer stap, int aantalStappen) {
        if (stap != null && (stap < 1 || stap > aantalStappen)) {
            fouten.voegToe("stap", aantalStappen == 1 ? "bestaat niet; deze aanbeveling heeft één stap (1)"
                    : "bestaat niet; deze aanbeveling heeft de stappen 1 tot en met " + aantalStappen);
        }
    }
}
