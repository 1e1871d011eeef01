package nl.samenboek.messages.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identity of a gemeente's budget for a year: {@code budget-<gemeente>-<jaar>}. */
public record BudgetId(String waarde) {

    @JsonCreator
    public BudgetId {
        Objects.requireNonNull(waarde, "waarde");
    }

    /** The id of the gemeente's budget for the jaar; also for a jaar or gemeente still missing, which the budget then refuses. */
    public static BudgetId van(String gemeente, Integer jaar) {
        return new BudgetId("budget-" + gemeente + "-" + jaar);
    }

    @JsonValue
    public String waarde() {
        return waarde;
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return waarde;
    }
}
