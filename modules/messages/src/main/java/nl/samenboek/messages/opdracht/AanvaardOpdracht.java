package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AanvaardOpdracht(@TargetAggregateIdentifier OpdrachtId opdrachtId, Long verwachteVersie) {
}
