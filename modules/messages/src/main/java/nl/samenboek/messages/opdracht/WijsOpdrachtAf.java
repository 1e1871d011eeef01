package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WijsOpdrachtAf(@TargetAggregateIdentifier OpdrachtId opdrachtId, String reden, Long verwachteVersie) {
}
