package nl.samenboek.domain.monitor;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.StelNormenkaderVast;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A normenkader: a jaar and, per indicator of the monitor, a norm within the indicator's unit — a fraction from 0 to 1,
 * a whole number of at least 0, or euros per hour. The richting is the indicator's own, not the normenkader's.
 */
final class Normenkaderregels {

    private static final BigDecimal MAXIMUM_EURO = new BigDecimal("100000");

    private Normenkaderregels() {
    }

    static void controleer(StelNormenkaderVast vaststelling) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.jaar(fouten, "jaar", vaststelling.jaar(), Invoerregels.EERSTE_JAAR);
        if (vaststelling.normen() == null || vaststelling.normen().isEmpty()) {
            fouten.voegToe("indicatoren", "is verplicht: per indicator een norm; de indicatoren staan in GET /indicatoren");
        } else {
            new TreeMap<>(vaststelling.normen()).forEach((code, norm) -> {
                var indicator = Code.zoek(Indicator.class, code);
                if (indicator.isEmpty()) {
                    fouten.voegToe("indicatoren." + code, "'" + code + "' is geen indicator; toegestaan: " + Code.toegestaan(Indicator.class));
                } else {
                    norm(fouten, "indicatoren." + code + ".norm", norm, indicator.get());
                }
            });
        }
        fouten.gooiAlsNodig();
    }

    private static void norm(Foutenlijst fouten, String veld, BigDecimal norm, Indicator indicator) {
        if (norm == null) {
            fouten.voegToe(veld, "is verplicht");
            return;
        }
        switch (indicator.eenheid()) {
            case FRACTIE -> fouten.als(norm.signum() < 0 || norm.compareTo(BigDecimal.ONE) > 0 || norm.stripTrailingZeros().scale() > 4,
                    veld, "een fractie van 0 tot en met 1, met hoogstens vier decimalen");
            case AANTAL -> fouten.als(norm.signum() < 0 || norm.stripTrailingZeros().scale() > 0 || norm.compareTo(MAXIMUM_EURO) > 0,
                    veld, "een geheel aantal van 0 tot en met " + MAXIMUM_EURO.toPlainString());
            case EURO_PER_UUR -> fouten.als(norm.signum() < 0 || norm.compareTo(MAXIMUM_EURO) > 0 || norm.stripTrailingZeros().scale() > 2,
                    veld, "euro per uur, van 0 tot en met " + MAXIMUM_EURO.toPlainString() + ", met hoogstens twee decimalen");
        }
    }

    /** The same norms (by value, so 0.5 and 0.50 are one norm): setting them again changes nothing. */
    static boolean gelijk(Map<String, BigDecimal> huidig, Map<String, BigDecimal> nieuw) {
        if (huidig == null || !huidig.keySet().equals(nieuw.keySet())) {
            return false;
        }
        return huidig.entrySet().stream().allMatch(e -> e.getValue().compareTo(nieuw.get(e.getKey())) == 0);
    }
}
