package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A college agrees an output or outcome contract on an opdracht. It must be SMART (nota HLT Samen Verder, aanbeveling V): indicator,
 * eenheid, numeric streefwaarde, meetmoment and bron; agreed by a concerned college; hours committed.
 *
 * @param gemeente the gemeente whose college agrees it
 */
public record MaakAfspraak(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                           Resultaatniveau niveau,
                           String afspraakId,
                           String gemeente,
                           String indicator,
                           String eenheid,
                           BigDecimal streefwaarde,
                           LocalDate meetmoment,
                           String bron,
                           Long verwachteVersie) {
}
