package nl.samenboek.messages.samenwerking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Records the verdeelsleutel that holds from {@code ingangsdatum} on; earlier keys stay in force before it. */
public record StelVerdeelsleutelVast(@TargetAggregateIdentifier SamenwerkingId samenwerking,
                                     LocalDate ingangsdatum,
                                     Map<String, BigDecimal> aandelen) {
}
