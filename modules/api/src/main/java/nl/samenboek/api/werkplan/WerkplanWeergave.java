package nl.samenboek.api.werkplan;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.projections.capaciteit.WerkplanDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One recorded version of a team's werkplan for a jaar, as the API shows it; the schema keeps the name clients
 * generated from openapi.json know.
 *
 * @param eventId the event that recorded this version
 */
@Schema(name = "WerkplanDocument")
public record WerkplanWeergave(String eventId, String team, int jaar, BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage,
                               BigDecimal ontwikkeltijd, BigDecimal planbaar, Map<String, BigDecimal> gepland,
                               BigDecimal vrijeRuimte, long versie, Instant vastgelegdOp) {

    static WerkplanWeergave van(WerkplanDocument w) {
        return new WerkplanWeergave(w.eventId(), w.team(), w.jaar(), w.capaciteit(), w.ontwikkeltijdPercentage(), w.ontwikkeltijd(),
                w.planbaar(), w.gepland(), w.vrijeRuimte(), w.versie(), w.vastgelegdOp());
    }
}
