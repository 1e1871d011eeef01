package nl.samenboek.projections.budget;

import nl.samenboek.messages.Peilmoment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The budgets of the gemeenten as they stood at a peilmoment (a budget counts from the day it was recorded). */
@Component
public class Budgetten {

    private final MongoTemplate mongo;

    public Budgetten(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The budget in force per gemeente for the jaar. */
    public Map<String, BudgetDocument> budgetten(int jaar, Peilmoment peilmoment) {
        Comparator<BudgetDocument> volgorde = Comparator.comparing(BudgetDocument::vastgelegdOp).thenComparing(BudgetDocument::versie);
        return mongo.find(new Query(Criteria.where("jaar").is(jaar)), BudgetDocument.class).stream()
                .filter(b -> peilmoment.telt(b.vastgelegdOp(), null))
                .collect(Collectors.toMap(BudgetDocument::gemeente, Function.identity(), (a, b) -> volgorde.compare(a, b) >= 0 ? a : b,
                        TreeMap::new));
    }

    public Optional<BudgetDocument> budget(String gemeente, int jaar, Peilmoment peilmoment) {
        return Optional.ofNullable(budgetten(jaar, peilmoment).get(gemeente));
    }
}
