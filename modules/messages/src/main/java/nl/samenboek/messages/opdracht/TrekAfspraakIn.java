package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The college that agreed an output or outcome afspraak withdraws it, with a reason. */
public record TrekAfspraakIn(@TargetAggregateIdentifier OpdrachtId opdrachtId, Resultaatniveau niveau, String afspraak,
                             String gemeente, String reden, Long verwachteVersie) {
}
