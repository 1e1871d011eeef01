package nl.samenboek.messages.tarief;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The beheerder sets a team's afdelingstarief for a year, in euro per hour: costs for insight, never an invoice. */
public record StelTariefVast(String team, Integer jaar, BigDecimal tarief) {

    @TargetAggregateIdentifier
    public TariefId tariefId() {
        return TariefId.van(team, jaar);
    }
}
