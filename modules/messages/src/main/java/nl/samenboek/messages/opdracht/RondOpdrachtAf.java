package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RondOpdrachtAf(@TargetAggregateIdentifier OpdrachtId opdrachtId, Long verwachteVersie) {
}
