package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.bijeenkomst.AnnuleerBijeenkomst;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.fout.Foutenlijst;

import java.time.LocalDate;
import java.util.HashSet;

/**
 * A joint meeting: its soort, a day within the years samenboek plans for (a day to come makes it planned), at least
 * two different gemeenten of the samenwerking (joint is the point: nota HLT Samen Verder, aanbevelingen A and E), what
 * it is about and, for a meeting of the raden only, the P&C document it belongs to. A cancellation has a reason.
 */
final class Bijeenkomstregels {

    private static final int MAXIMALE_REDEN = 4_000;

    private Bijeenkomstregels() {
    }

    static void controleer(LegBijeenkomstVast bijeenkomst, Gemeenteregister register) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(bijeenkomst.soort() == null, "soort", "is verplicht; toegestaan: gezamenlijke-colleges, gezamenlijke-raden");
        Invoerregels.datum(fouten, "datum", bijeenkomst.datum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        if (bijeenkomst.gemeenten() == null || bijeenkomst.gemeenten().size() < 2) {
            fouten.voegToe("gemeenten", "een gezamenlijke bijeenkomst heeft ten minste twee gemeenten");
        } else if (!bijeenkomst.gemeenten().stream().allMatch(register::isBekend)) {
            fouten.voegToe("gemeenten", "noemt een gemeente die niet tot de samenwerking behoort");
        } else if (new HashSet<>(bijeenkomst.gemeenten()).size() != bijeenkomst.gemeenten().size()) {
            fouten.voegToe("gemeenten", "noemt een gemeente meer dan eens");
        }
        Invoerregels.verplichteTekst(fouten, "onderwerp", bijeenkomst.onderwerp(), 1_000);
        // aanbeveling E links the meetings of the raden to the P&C cycle; the colleges' meetings (A) are not
        fouten.als(bijeenkomst.pcMoment() != null && bijeenkomst.soort() == Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES, "pcMoment",
                "hoort alleen bij een bijeenkomst van de gezamenlijke raden");
        fouten.gooiAlsNodig();
    }

    static void controleer(AnnuleerBijeenkomst annulering) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "reden", annulering.reden(), MAXIMALE_REDEN);
        fouten.gooiAlsNodig();
    }
}
