package nl.samenboek.projections.gemeente;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One recorded verdeelsleutel. Every recording is kept, keyed by its event, so the key in force on any date can be
 * answered as it was known at any instant: a later recording for the same ingangsdatum replaces the earlier one only
 * from the moment it was recorded.
 */
@Document("verdeelsleutels")
public record VerdeelsleutelDocument(@Id String eventId, LocalDate ingangsdatum, Map<String, BigDecimal> aandelen,
                                     Instant vastgelegdOp) {
}
