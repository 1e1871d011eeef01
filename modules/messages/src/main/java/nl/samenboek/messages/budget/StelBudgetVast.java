package nl.samenboek.messages.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The beheerder sets what a gemeente contributes to the werkorganisatie in a year (docs/pc-documenten.md, budget), and
 * optionally how that bijdrage divides over budget lines, as fractions that add up to 1 (BUCH: 80 % standaardpakket,
 * 10 % klussenbudget, 10 % for the unforeseen; Berenschot 2019).
 *
 * @param bijdrage     euro, in cents
 * @param budgetlijnen per line name (a lower-case code) its fraction of the bijdrage; null for none
 */
public record StelBudgetVast(String gemeente, Integer jaar, BigDecimal bijdrage, Map<String, BigDecimal> budgetlijnen) {

    @TargetAggregateIdentifier
    public BudgetId budgetId() {
        return BudgetId.van(gemeente, jaar);
    }
}
