package nl.samenboek.projections.capaciteit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded afdelingstarief of a team for a year; every version is kept, for time travel. */
@Document("tarieven")
public record TariefDocument(@Id String eventId, String team, int jaar, BigDecimal tarief, Instant vastgelegdOp) {
}
