package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The bestuur marks an opdracht as a sleutelproject with the criteria it will be evaluated against (nota, aanbeveling
 * C: every key project evaluated against a normenkader fixed at the start). Fixed from then on.
 */
public record WijsSleutelprojectAan(@TargetAggregateIdentifier OpdrachtId opdrachtId, List<String> criteria, Long verwachteVersie) {
}
