package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** A change of scope or hours, always with a reason. @param gemeente the gemeente whose college asks for it */
public record WijzigOpdracht(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                             String gemeente,
                             BigDecimal geraamdeUren,
                             String omschrijving,
                             String reden,
                             Long verwachteVersie) {
}
