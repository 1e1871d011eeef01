package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param medewerker a pseudonymous id, never a name (DESIGN principle 6) */
public record RegistreerUren(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                             LocalDate datum,
                             BigDecimal uren,
                             String medewerker,
                             Long verwachteVersie) {
}
