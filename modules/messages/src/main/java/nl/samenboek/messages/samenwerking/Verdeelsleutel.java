package nl.samenboek.messages.samenwerking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shares per gemeente from an ingangsdatum on (HLTsamen: 1:1:2 from 2017-01-01, Berenschot evaluation 2019).
 * Shares are relative weights; {@link #aandeel} gives the fraction.
 */
public record Verdeelsleutel(LocalDate ingangsdatum, Map<String, BigDecimal> aandelen) {

    private static final MathContext BREUK = new MathContext(12, RoundingMode.HALF_EVEN);

    public Verdeelsleutel {
        TreeMap<String, BigDecimal> genormaliseerd = new TreeMap<>();
        aandelen.forEach((gemeente, aandeel) -> genormaliseerd.put(gemeente, aandeel.stripTrailingZeros()));
        aandelen = Collections.unmodifiableMap(genormaliseerd);
    }

    /** The gemeente's share as a fraction of the whole key, rounded to 6 decimals for display. */
    public BigDecimal aandeel(String gemeente) {
        return aandeelBinnen(gemeente, aandelen.keySet());
    }

    /** The gemeente's share among only the given gemeenten (a joint opdracht of two of the three). */
    public BigDecimal aandeelBinnen(String gemeente, Collection<String> onder) {
        BigDecimal totaal = onder.stream().map(this::gewicht).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totaal.signum() == 0 || !onder.contains(gemeente)) {
            return BigDecimal.ZERO;
        }
        return gewicht(gemeente).divide(totaal, BREUK).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    public BigDecimal gewicht(String gemeente) {
        return aandelen.getOrDefault(gemeente, BigDecimal.ZERO);
    }
}
