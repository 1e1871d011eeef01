package nl.samenboek.projections.budget;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One recorded version of a gemeente's budget for a year; every version is kept, for time travel.
 *
 * @param budgetlijnen per line its fraction of the bijdrage; empty without lines
 */
@Document("budgetten")
public record BudgetDocument(@Id String eventId, String gemeente, int jaar, BigDecimal bijdrage, Map<String, BigDecimal> budgetlijnen,
                             long versie, Instant vastgelegdOp) {
}
