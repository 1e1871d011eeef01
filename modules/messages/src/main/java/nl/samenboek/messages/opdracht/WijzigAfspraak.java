package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The college that agreed an output or outcome afspraak changes its streefwaarde or meetmoment, with a reason.
 *
 * @param gemeente the gemeente whose college asks
 */
public record WijzigAfspraak(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                             Resultaatniveau niveau,
                             String afspraak,
                             String gemeente,
                             BigDecimal streefwaarde,
                             LocalDate meetmoment,
                             String reden,
                             Long verwachteVersie) {
}
