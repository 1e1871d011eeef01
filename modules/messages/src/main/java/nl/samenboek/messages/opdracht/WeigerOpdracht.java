package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The college of another concerned gemeente refuses to co-sign a joint opdracht; the opdracht then ends as geweigerd.
 *
 * @param gemeente the gemeente whose college refuses
 */
public record WeigerOpdracht(@TargetAggregateIdentifier OpdrachtId opdrachtId, String gemeente, String reden,
                             Long verwachteVersie) {
}
