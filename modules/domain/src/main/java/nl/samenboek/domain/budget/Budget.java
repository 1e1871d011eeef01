package nl.samenboek.domain.budget;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.budget.BudgetId;
import nl.samenboek.messages.budget.BudgetVastgesteld;
import nl.samenboek.messages.budget.StelBudgetVast;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A gemeente's budget for a year: its bijdrage to the werkorganisatie and, optionally, the budget lines it divides into
 * (docs/pc-documenten.md, budget). Setting it again replaces it; setting the same budget again (the same amounts, in
 * whatever notation) changes nothing.
 */
public class Budget {

    @AggregateIdentifier
    private BudgetId id;
    private BudgetVastgesteld laatste;

    protected Budget() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    nl.samenboek.messages.budget.Budget handle(StelBudgetVast budget, Gemeenteregister register) {
        Budgetregels.controleer(budget, register);
        Map<String, BigDecimal> lijnen = budget.budgetlijnen() == null ? Map.of() : new TreeMap<>(budget.budgetlijnen());
        if (laatste == null || !Budgetlijnen.zelfde(laatste.bijdrage(), laatste.budgetlijnen(), budget.bijdrage(), lijnen)) {
            apply(new BudgetVastgesteld(budget.gemeente(), budget.jaar(), budget.bijdrage(), lijnen,
                    register.codes().stream().sorted().toList()));
        }
        return new nl.samenboek.messages.budget.Budget(laatste.gemeente(), laatste.jaar(), laatste.bijdrage(), laatste.budgetlijnen(),
                Budgetlijnen.bedragen(laatste.bijdrage(), laatste.budgetlijnen()), AggregateLifecycle.getVersion() + 1);
    }

    @EventSourcingHandler
    void on(BudgetVastgesteld vastgesteld) {
        id = BudgetId.van(vastgesteld.gemeente(), vastgesteld.jaar());
        laatste = vastgesteld;
    }
}
