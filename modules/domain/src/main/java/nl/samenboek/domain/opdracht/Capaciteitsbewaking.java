package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.OpdrachtId;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the werkplannen allow (a port: the read side answers it). Once a team has a werkplan for a year, hours may only
 * be committed up to its plannable capacity, unless the directie explicitly accepts an overschrijding.
 */
public interface Capaciteitsbewaking {

    /** The plannable hours of the team's werkplan for the jaar (capaciteit minus ontwikkeltijd), if it has one. */
    Optional<BigDecimal> planbaar(String team, int jaar);

    /** The hours committed to the team for the jaar by every opdracht except the given one. */
    BigDecimal toegezegdDoorAnderen(String team, int jaar, OpdrachtId uitgezonderd);

    /**
     * How far the team's commitments for the jaar would exceed its werkplan's plannable capacity if this opdracht
     * committed {@code uren} (replacing its own earlier toezegging for that jaar); 0 when they would not, or without a werkplan.
     */
    default BigDecimal bovenPlanbaar(String team, int jaar, OpdrachtId opdracht, BigDecimal uren) {
        return planbaar(team, jaar)
                .map(planbaar -> toegezegdDoorAnderen(team, jaar, opdracht).add(uren).subtract(planbaar))
                .filter(boven -> boven.signum() > 0)
                .orElse(BigDecimal.ZERO);
    }
}
