package nl.samenboek.messages.monitor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The raad of a gemeente approves a meting as its baseline or measurement (the BAR rekenkamer: SMART afspraken need a
 * baseline the raad approved).
 *
 * @param besluit the raadsbesluit's kenmerk or description
 * @param datum   the day the raad decided
 */
public record StelMetingVast(String metingId, String gemeente, String besluit, LocalDate datum) {

    @TargetAggregateIdentifier
    public MonitorId monitorId() {
        return MonitorId.DE_MONITOR;
    }
}
