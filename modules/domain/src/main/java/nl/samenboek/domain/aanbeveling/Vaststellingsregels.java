package nl.samenboek.domain.aanbeveling;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.fout.Foutenlijst;

/**
 * A recommendation as the nota adopted it (Bijlage I, the uitvoeringsagenda): a letter A–X, its titel and categorie,
 * the date of the nota and the gemeenten it concerns.
 */
final class Vaststellingsregels {

    private Vaststellingsregels() {
    }

    static void controleer(StelAanbevelingVast vaststelling) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(vaststelling.letter() == null || !vaststelling.letter().matches("[A-X]"), "letter", "een letter A tot en met X");
        Invoerregels.verplichteTekst(fouten, "titel", vaststelling.titel(), 2_000);
        fouten.als(vaststelling.categorie() == null, "categorie", "is verplicht");
        fouten.als(vaststelling.vastgesteldOp() == null, "vastgesteldOp", "is verplicht");
        fouten.als(vaststelling.gemeenten() == null || vaststelling.gemeenten().isEmpty(), "gemeenten", "noem de betrokken gemeenten");
        fouten.gooiAlsNodig();
    }
}
