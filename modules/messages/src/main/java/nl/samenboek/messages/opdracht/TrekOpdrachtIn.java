package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param gemeente the gemeente whose college withdraws the opdracht */
public record TrekOpdrachtIn(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                             String gemeente,
                             String reden,
                             Long verwachteVersie) {
}
