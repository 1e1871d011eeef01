package nl.samenboek.messages.budget;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A budget as it stands: the answer to setting one.
 *
 * @param budgetlijnen per line its fraction; empty without lines
 * @param bedragen     per line its amount in euro: the bijdrage split by the fractions to the cent, the parts adding up
 *                     to the bijdrage (largest remainder)
 */
public record Budget(String gemeente, int jaar, BigDecimal bijdrage, Map<String, BigDecimal> budgetlijnen,
                     Map<String, BigDecimal> bedragen, long versie) {
}
