package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The college of another concerned gemeente co-signs a joint opdracht. */
public record OndertekenOpdrachtMede(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                                     String gemeente,
                                     Long verwachteVersie) {
}
