package nl.samenboek.projections.capaciteit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded version of a team's formatie for a year; every version is kept, for time travel. */
@Document("formaties")
public record FormatieDocument(@Id String eventId, String team, int jaar, BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren,
                               BigDecimal urenPerFte, BigDecimal beschikbareUren, long versie, Instant vastgelegdOp) {
}
