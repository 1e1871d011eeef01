package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.opdracht.RegistreerUren;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An urenregistratie: a day that has been (not one in the future), more than 0 and at most 24 hours, and a medewerker
 * named by a pseudonym, never by name, so no personal data reaches the ledger.
 */
final class Registratieregels {

    static final BigDecimal MAXIMUM_UREN_PER_DAG = new BigDecimal("24");

    /** Letters, digits, '.', '_' and '-', no spaces: a pseudonym cannot be a full name. */
    private static final Pattern PSEUDONIEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Registratieregels() {
    }

    /**
     * A person has one day: a medewerker's hours on a day, over every opdracht, stay at most 24 once {@code erbij}
     * replaces {@code eraf} (0 for a new registration, the registration's hours so far for a correction).
     */
    static void vereisHoogstens24UurPerDag(Urenregister register, String medewerker, LocalDate datum, BigDecimal eraf,
                                           BigDecimal erbij) {
        BigDecimal al = register.urenOpDag(medewerker, datum).subtract(eraf);
        if (al.add(erbij).compareTo(MAXIMUM_UREN_PER_DAG) > 0) {
            throw new OngeldigeInvoer("uren", "deze medewerker heeft op " + datum + " al " + al.stripTrailingZeros().toPlainString()
                    + " uur geregistreerd (over alle opdrachten); meer dan 24 uur op één dag kan niet");
        }
    }

    /**
     * Hours go to a pseudonym the register issued and whose person has not been erased; an erased person's earlier
     * hours stay in the history (and can still be corrected), but take nothing new.
     */
    static void vereisUitgegevenPseudoniem(Pseudoniemregister register, String medewerker) {
        switch (register.stand(medewerker)) {
            case ONBEKEND -> throw new OngeldigeInvoer("medewerker", "'" + medewerker + "' is geen pseudoniem uit het "
                    + "medewerkersregister; vraag er een aan met POST /medewerkers");
            case GEWIST -> throw new Conflict("registratie.medewerker-gewist", "De medewerker achter '" + medewerker
                    + "' is gewist (AVG art. 17); op dit pseudoniem kunnen geen nieuwe uren meer komen.");
            case ACTIEF -> { }
        }
    }

    static void controleer(RegistreerUren registratie, LocalDate vandaag) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.datum(fouten, "datum", registratie.datum(), vandaag);
        Invoerregels.uren(fouten, "uren", registratie.uren(), false, MAXIMUM_UREN_PER_DAG);
        fouten.als(registratie.medewerker() == null || !PSEUDONIEM.matcher(registratie.medewerker()).matches(), "medewerker",
                "is verplicht: een pseudoniem (letters, cijfers, '.', '_' of '-', zonder spaties, hoogstens 64 tekens), nooit een naam");
        fouten.gooiAlsNodig();
    }
}
