package nl.samenboek.domain.toerekening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an amount of hours over gemeenten in proportion to weights, to the hundredth of an hour, so that the parts add
 * up to exactly the whole: the largest-remainder method (Hamilton). Each part first gets its exact share rounded down;
 * the hundredths left over go one by one to the parts with the largest remainders (ties: in code order).
 */
public final class Verdeling {

    private static final int SCHAAL = 2;
    private static final BigDecimal HONDERDSTE = new BigDecimal("0.01");

    private Verdeling() {
    }

    /**
     * @param totaal    hours with at most two decimals, not negative
     * @param gewichten relative weights per gemeente, not negative, at least one positive
     */
    public static Map<String, BigDecimal> verdeel(BigDecimal totaal, Map<String, BigDecimal> gewichten) {
        TreeMap<String, BigDecimal> geordend = new TreeMap<>(gewichten);
        BigDecimal somGewichten = geordend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (somGewichten.signum() <= 0) {
            throw new IllegalArgumentException("ten minste één gewicht moet groter dan 0 zijn");
        }
        BigDecimal inHonderdsten = totaal.movePointRight(SCHAAL);
        record Deel(String gemeente, BigDecimal onder, BigDecimal rest) {
        }
        List<Deel> delen = new ArrayList<>();
        BigDecimal verdeeld = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> gewicht : geordend.entrySet()) {
            BigDecimal exact = inHonderdsten.multiply(gewicht.getValue());
            BigDecimal[] deling = exact.divideAndRemainder(somGewichten);
            delen.add(new Deel(gewicht.getKey(), deling[0], deling[1]));
            verdeeld = verdeeld.add(deling[0]);
        }
        int over = inHonderdsten.subtract(verdeeld).intValueExact();
        List<Deel> opRest = new ArrayList<>(delen);
        opRest.sort(Comparator.comparing(Deel::rest).reversed().thenComparing(Deel::gemeente));
        Map<String, BigDecimal> uitkomst = new LinkedHashMap<>();
        delen.forEach(d -> uitkomst.put(d.gemeente(), d.onder()));
        for (int i = 0; i < over; i++) {
            uitkomst.merge(opRest.get(i).gemeente(), BigDecimal.ONE, BigDecimal::add);
        }
        uitkomst.replaceAll((gemeente, honderdsten) -> honderdsten.movePointLeft(SCHAAL).setScale(SCHAAL, RoundingMode.UNNECESSARY));
        return uitkomst;
    }

    /** The smallest unit a split uses. */
    public static BigDecimal eenheid() {
        return HONDERDSTE;
    }
}
