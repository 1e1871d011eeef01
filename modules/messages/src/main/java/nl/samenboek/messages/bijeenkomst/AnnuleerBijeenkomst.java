package nl.samenboek.messages.bijeenkomst;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuur cancels a planned joint meeting, with a reason. */
public record AnnuleerBijeenkomst(@TargetAggregateIdentifier BijeenkomstId bijeenkomstId, String reden) {
}
