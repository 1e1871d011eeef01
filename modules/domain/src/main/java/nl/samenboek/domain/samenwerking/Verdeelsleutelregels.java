package nl.samenboek.domain.samenwerking;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A verdeelsleutel (HLTsamen: 1:1:2, Berenschot 2019): an ingangsdatum and a share for every gemeente of the
 * samenwerking and for no other, each 0 or more with at most four decimals, at least one of them more than 0.
 */
final class Verdeelsleutelregels {

    /** A weight may be a number of inwoners (BUCH: by inwoners, docs/samenwerking.md). */
    static final BigDecimal MAXIMAAL_AANDEEL = new BigDecimal("100000000");

    private Verdeelsleutelregels() {
    }

    /** @param gemeenten the codes of the gemeenten that take part on the ingangsdatum */
    static void controleer(StelVerdeelsleutelVast vaststelling, Set<String> gemeenten) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.datum(fouten, "ingangsdatum", vaststelling.ingangsdatum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        controleerAandelen(fouten, vaststelling.aandelen(), gemeenten);
        fouten.gooiAlsNodig();
    }

    private static void controleerAandelen(Foutenlijst fouten, Map<String, BigDecimal> aandelen, Set<String> gemeenten) {
        if (aandelen == null || aandelen.isEmpty()) {
            fouten.voegToe("aandelen", "noem het aandeel van elke gemeente: " + String.join(", ", gemeenten));
            return;
        }
        aandelen.forEach((gemeente, aandeel) -> {
            String veld = "aandelen." + gemeente;
            if (!gemeenten.contains(gemeente)) {
                fouten.voegToe(veld, "'" + gemeente + "' is geen gemeente van de samenwerking");
            } else if (aandeel == null || aandeel.signum() < 0) {
                fouten.voegToe(veld, "een aandeel is een getal van 0 of meer");
            } else if (aandeel.compareTo(MAXIMAAL_AANDEEL) > 0 || aandeel.stripTrailingZeros().scale() > 4) {
                fouten.voegToe(veld, "een aandeel is hoogstens " + MAXIMAAL_AANDEEL + ", met hoogstens vier decimalen");
            }
        });
        gemeenten.stream().filter(g -> !aandelen.containsKey(g))
                .forEach(g -> fouten.voegToe("aandelen." + g, "ontbreekt; elke gemeente heeft een aandeel (0 mag)"));
        if (fouten.isLeeg() && aandelen.values().stream().allMatch(a -> a.signum() == 0)) {
            fouten.voegToe("aandelen", "ten minste één gemeente heeft een aandeel groter dan 0");
        }
    }
}
