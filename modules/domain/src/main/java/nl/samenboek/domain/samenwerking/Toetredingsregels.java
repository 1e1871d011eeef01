package nl.samenboek.domain.samenwerking;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteUittreden;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A gemeente that joins: a code in lower case (it names the gemeente's grootboek), a naam and the date it joins. */
final class Toetredingsregels {

    private static final Pattern GEMEENTECODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final String RESERVE = "samenwerking";

    private Toetredingsregels() {
    }

    /**
     * @param laatsteIngangsdatum the ingangsdatum of the newest verdeelsleutel (null before the first): a toetreding with
     *                            an aandeel starts no earlier, so no key of the past is rewritten
     */
    static void controleer(LaatGemeenteToetreden toetreding, LocalDate laatsteIngangsdatum) {
        Foutenlijst fouten = new Foutenlijst();
        code(fouten, toetreding.code());
        Invoerregels.verplichteTekst(fouten, "naam", toetreding.naam(), 100);
        Invoerregels.datum(fouten, "ingangsdatum", toetreding.datum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        fouten.als(toetreding.inwoners() != null && toetreding.inwoners() <= 0, "inwoners", "een positief aantal");
        if (toetreding.aandeel() != null) {
            fouten.als(toetreding.aandeel().signum() <= 0 || toetreding.aandeel().compareTo(Verdeelsleutelregels.MAXIMAAL_AANDEEL) > 0
                    || toetreding.aandeel().stripTrailingZeros().scale() > 4, "aandeel", "een gewicht groter dan 0, zoals in de verdeelsleutel");
            fouten.als(!fouten.heeftFout("ingangsdatum") && laatsteIngangsdatum != null && toetreding.datum().isBefore(laatsteIngangsdatum),
                    "ingangsdatum", "ligt vóór de ingangsdatum van de laatste verdeelsleutel (" + laatsteIngangsdatum + "); een "
                            + "toetreding verandert geen sleutel uit het verleden");
        }
        fouten.gooiAlsNodig();
    }

    static void controleer(LaatGemeenteUittreden uittreding, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        code(fouten, uittreding.code());
        Invoerregels.datum(fouten, "datum", uittreding.datum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        fouten.als(!fouten.heeftFout("datum") && uittreding.datum().isBefore(vandaag), "datum", "vandaag of later: een uittreding "
                + "verandert het verleden niet");
        fouten.gooiAlsNodig();
    }

    /** A code in lower case (it names the gemeente's grootboek); {@code samenwerking} is reserved for the samenwerking's own documents. */
    private static void code(Foutenlijst fouten, String code) {
        fouten.als(code == null || !GEMEENTECODE.matcher(code).matches(), "code", "een gemeentecode is in kleine letters, bijvoorbeeld 'lisse'");
        fouten.als(RESERVE.equals(code), "code", "'" + RESERVE + "' is gereserveerd voor de documenten van de samenwerking zelf");
    }
}
