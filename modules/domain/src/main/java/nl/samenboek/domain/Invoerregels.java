package nl.samenboek.domain;

import nl.samenboek.messages.fout.Foutenlijst;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.regex.Pattern;

/** Checks on single input values that several commands share; each names the field it rejects, in Dutch. */
public final class Invoerregels {

    /** Valid begrotingsjaren are 2017 (the start of HLTsamen) to 2040 (docs/api.md). */
    public static final int EERSTE_JAAR = 2017;
    public static final int LAATSTE_JAAR = 2040;
    public static final BigDecimal MAXIMUM_UREN = new BigDecimal("1000000");

    private static final Pattern AANBEVELING = Pattern.compile("[A-X]");

    private Invoerregels() {
    }

    public static void verplichteTekst(Foutenlijst fouten, String veld, String waarde, int maximum) {
        if (waarde == null || waarde.isBlank()) {
            fouten.voegToe(veld, "is verplicht");
        } else {
            maximaleLengte(fouten, veld, waarde, maximum);
        }
    }

    public static void maximaleLengte(Foutenlijst fouten, String veld, String waarde, int maximum) {
        if (waarde != null && waarde.codePointCount(0, waarde.length()) > maximum) {
            fouten.voegToe(veld, "is langer dan " + maximum + " tekens");
        }
    }

    public static void jaar(Foutenlijst fouten, String veld, Integer jaar, int vanaf) {
        if (jaar == null) {
            fouten.voegToe(veld, "is verplicht");
        } else if (jaar < vanaf || jaar > LAATSTE_JAAR) {
            fouten.voegToe(veld, "moet tussen " + vanaf + " en " + LAATSTE_JAAR + " liggen");
        }
    }

    /** Hours are given to the hundredth (0.01 h), as the groeimodel and capaciteit report them. */
    public static void uren(Foutenlijst fouten, String veld, BigDecimal uren, boolean nulToegestaan, BigDecimal maximum) {
        if (uren == null) {
            fouten.voegToe(veld, "is verplicht");
        } else if (uren.signum() < 0 || (!nulToegestaan && uren.signum() == 0)) {
            fouten.voegToe(veld, nulToegestaan ? "mag niet negatief zijn" : "moet groter dan 0 zijn");
        } else if (uren.compareTo(maximum) > 0) {
            fouten.voegToe(veld, "mag niet groter zijn dan " + maximum.toPlainString());
        } else if (uren.stripTrailingZeros().scale() > 2) {
            fouten.voegToe(veld, "heeft meer dan twee decimalen");
        }
    }

    public static void datum(Foutenlijst fouten, String veld, LocalDate datum, LocalDate vandaag) {
        if (datum == null) {
            fouten.voegToe(veld, "is verplicht");
        } else if (datum.getYear() < EERSTE_JAAR || datum.getYear() > LAATSTE_JAAR) {
            fouten.voegToe(veld, "moet tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR + " liggen");
        } else if (datum.isAfter(vandaag)) {
            fouten.voegToe(veld, "ligt in de toekomst");
        }
    }

    public static void aanbevelingen(Foutenlijst fouten, Collection<String> letters) {
        if (letters == null) {
            return;
        }
        for (String letter : letters) {
            if (letter == null || !AANBEVELING.matcher(letter).matches()) {
                fouten.voegToe("aanbevelingen", "'" + letter + "' is geen aanbeveling; toegestaan zijn de letters A tot en met X");
                return;
            }
        }
        if (new HashSet<>(letters).size() != letters.size()) {
            fouten.voegToe("aanbevelingen", "noemt een aanbeveling meer dan eens");
        }
    }
}
