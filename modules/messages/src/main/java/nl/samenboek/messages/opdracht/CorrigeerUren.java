package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * The directie corrects a registration: never a deletion, always a new fact with a reason.
 *
 * @param registratie the opdracht versie that the urenregistratie produced
 * @param uren        the corrected value, 0 or more
 */
public record CorrigeerUren(@TargetAggregateIdentifier OpdrachtId opdrachtId, Long registratie, BigDecimal uren, String reden,
                            Long verwachteVersie) {
}
