package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;
import java.util.HashSet;

/**
 * A joint meeting that was held: its soort, a day that has been, at least two different gemeenten of the samenwerking
 * (joint is the point: nota HLT Samen Verder, aanbevelingen A and E) and what it was about.
 */
final class Bijeenkomstregels {

    private Bijeenkomstregels() {
    }

    static void controleer(LegBijeenkomstVast bijeenkomst, Gemeenteregister register, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(bijeenkomst.soort() == null, "soort", "is verplicht; toegestaan: gezamenlijke-colleges, gezamenlijke-raden");
        Invoerregels.datum(fouten, "datum", bijeenkomst.datum(), vandaag);
        if (bijeenkomst.gemeenten() == null || bijeenkomst.gemeenten().size() < 2) {
            fouten.voegToe("gemeenten", "een gezamenlijke bijeenkomst heeft ten minste twee gemeenten");
        } else if (!bijeenkomst.gemeenten().stream().allMatch(register::isBekend)) {
            fouten.voegToe("gemeenten", "noemt een gemeente die niet tot de samenwerking behoort");
        } else if (new HashSet<>(bijeenkomst.gemeenten()).size() != bijeenkomst.gemeenten().size()) {
            fouten.voegToe("gemeenten", "noemt een gemeente meer dan eens");
        }
        Invoerregels.verplichteTekst(fouten, "onderwerp", bijeenkomst.onderwerp(), 1_000);
        fouten.gooiAlsNodig();
    }
}
