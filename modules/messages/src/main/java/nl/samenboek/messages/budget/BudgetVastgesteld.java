package nl.samenboek.messages.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A gemeente's bijdrage for a year, and its budget lines. Booked into the grootboek of every gemeente of the samenwerking:
 * the afrekening of each depends on what all of them contributed (docs/pc-documenten.md, the fourth cycle).
 *
 * @param bijdrage     euro
 * @param budgetlijnen per line its fraction of the bijdrage, together exactly 1; empty without lines
 */
public record BudgetVastgesteld(String gemeente, int jaar, BigDecimal bijdrage, Map<String, BigDecimal> budgetlijnen,
                                List<String> gemeenten) implements BudgetGebeurtenis {
}
