package nl.samenboek.messages.werkplan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The directie sets a team's werkplan for a year: its capacity in productive hours, the share reserved as ontwikkeltijd
 * (nota: 20 %, not plannable for opdrachten) and the hours planned per gemeente. What remains is vrije ruimte.
 */
public record StelWerkplanVast(String team, Integer jaar, BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage,
                               Map<String, BigDecimal> gepland) {

    @TargetAggregateIdentifier
    public WerkplanId werkplanId() {
        return WerkplanId.van(team, jaar);
    }
}
