package nl.samenboek.domain.aanbeveling;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;
import java.util.List;

/**
 * A voortgangsmelding: what it reports (gestart, voortgang, mijlpaal, gerealiseerd), on which day, an explanation, the
 * stap it is about if it names one, and, on a recommendation followed per gemeente, the gemeente (which a college must
 * name).
 */
final class Voortgangsregels {

    private Voortgangsregels() {
    }

    static void controleer(MeldVoortgang melding, LocalDate vastgesteldOp, LocalDate vandaag, int aantalStappen, boolean perGemeente,
                           List<String> gemeenten) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(melding.soort() == null, "soort", "is verplicht; toegestaan: gestart, voortgang, mijlpaal, gerealiseerd");
        Agendadatum.controleer(fouten, "datum", melding.datum(), vastgesteldOp, vandaag);
        Invoerregels.verplichteTekst(fouten, "toelichting", melding.toelichting(), 4_000);
        Agendadatum.stap(fouten, melding.stap(), aantalStappen);
        if (melding.gemeente() == null) {
            fouten.als(perGemeente && Meldbevoegdheid.COLLEGE.equals(melding.door()), "gemeente",
                    "is verplicht voor een college: de eigen gemeente");
        } else if (!perGemeente) {
            fouten.voegToe("gemeente", "deze aanbeveling wordt niet per gemeente gevolgd; laat gemeente weg");
        } else if (!gemeenten.contains(melding.gemeente())) {
            fouten.voegToe("gemeente", "is geen gemeente van deze aanbeveling; toegestaan: " + String.join(", ", gemeenten));
        }
        fouten.gooiAlsNodig();
    }
}
