package nl.samenboek.messages.monitor;

import java.util.List;
import java.math.BigDecimal;
import java.util.Map;

/** @param normen per indicator code its norm, sorted by code */
public record NormenkaderVastgesteld(int jaar, Map<String, BigDecimal> normen, List<String> gemeenten) implements MonitorGebeurtenis {
}
