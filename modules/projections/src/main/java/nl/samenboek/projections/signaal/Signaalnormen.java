package nl.samenboek.projections.signaal;

import java.math.BigDecimal;

/**
 * The thresholds of the signals: how far a gemeente's share of the hours may stray from its verdeelsleutel share
 * (default 5 percentage points) and how much maatwerk a gemeente's hours may hold (the nota's 80/20: 20 %).
 */
public record Signaalnormen(BigDecimal verdeelsleutelMarge, BigDecimal maatwerkNorm) {

    public static final Signaalnormen STANDAARD = new Signaalnormen(new BigDecimal("0.05"), new BigDecimal("0.20"));
}
