package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The input contract for one jaar. A later toezegging for the same jaar replaces the earlier one.
 *
 * @param verdeling      optional split of {@code uren} per gemeente; without it the verdeelsleutel applies
 * @param overschrijding the directie's reason to commit beyond the team's plannable capacity, or null
 */
public record ZegUrenToe(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                         Integer jaar,
                         BigDecimal uren,
                         Map<String, BigDecimal> verdeling,
                         String overschrijding,
                         Long verwachteVersie) {
}
