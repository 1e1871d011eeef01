package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bestuur sets an opdracht's priority, with a reason. */
public record GeefPrioriteit(@TargetAggregateIdentifier OpdrachtId opdrachtId, Prioriteit prioriteit, String reden,
                             Long verwachteVersie) {
}
