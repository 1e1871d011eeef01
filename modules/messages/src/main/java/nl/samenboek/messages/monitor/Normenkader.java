package nl.samenboek.messages.monitor;

import java.math.BigDecimal;
import java.util.Map;

/** A normenkader as it stands: the answer to fixing one. */
public record Normenkader(int jaar, Map<String, BigDecimal> normen, long versie) {
}
