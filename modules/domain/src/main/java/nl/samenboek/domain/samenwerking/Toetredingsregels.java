package nl.samenboek.domain.samenwerking;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A gemeente that joins: a code in lower case (it names the gemeente's grootboek), a naam and the date it joins. */
final class Toetredingsregels {

    private static final Pattern GEMEENTECODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Toetredingsregels() {
    }

    static void controleer(LaatGemeenteToetreden toetreding) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(toetreding.code() == null || !GEMEENTECODE.matcher(toetreding.code()).matches(), "code",
                "een gemeentecode is in kleine letters, bijvoorbeeld 'lisse'");
        Invoerregels.verplichteTekst(fouten, "naam", toetreding.naam(), 100);
        Invoerregels.datum(fouten, "datum", toetreding.datum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        fouten.gooiAlsNodig();
    }
}
