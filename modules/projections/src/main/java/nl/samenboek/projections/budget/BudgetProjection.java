package nl.samenboek.projections.budget;

import nl.samenboek.messages.budget.BudgetVastgesteld;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.TreeMap;

/** The budgets of the gemeenten, every version kept by its event id (so a repeated event is harmless). */
@Component
@ProcessingGroup(BudgetProjection.NAAM)
public class BudgetProjection {

    public static final String NAAM = "projectie-budgetten";

    private final MongoTemplate mongo;

    public BudgetProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(BudgetVastgesteld budget, DomainEventMessage<?> bericht) {
        mongo.save(new BudgetDocument(bericht.getIdentifier(), budget.gemeente(), budget.jaar(), budget.bijdrage(),
                new TreeMap<>(budget.budgetlijnen()), bericht.getSequenceNumber() + 1, bericht.getTimestamp()));
    }

    @ResetHandler
    void wisAlles() {
        mongo.remove(new Query(Criteria.where("_id").exists(true)), BudgetDocument.class);
    }
}
