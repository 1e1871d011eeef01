package nl.samenboek.projections.capaciteit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One recorded version of a team's werkplan for a year; every version is kept, for time travel. */
@Document("werkplannen")
public record WerkplanDocument(@Id String eventId, String team, int jaar, BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage,
                               BigDecimal ontwikkeltijd, BigDecimal planbaar, Map<String, BigDecimal> gepland,
                               BigDecimal vrijeRuimte, long versie, Instant vastgelegdOp) {
}
