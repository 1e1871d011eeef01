package nl.samenboek.projections.groeimodel;

import java.math.BigDecimal;

/**
 * The norms of the groeimodel's mijlpalen, as fractions of the committed hours (nota HLT Samen Verder, aanbeveling V:
 * input 2025, output 2027, outcome 2030). The nota names the levels and years but no percentage; the default reads it
 * literally — by each year all contracting is at that level — and every norm is configurable
 * ({@code samenboek.groeimodel.norm.*}).
 */
public record Groeimodelnormen(BigDecimal input, BigDecimal output, BigDecimal outcome) {

    public static Groeimodelnormen letterlijk() {
        return new Groeimodelnormen(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
    }
}
