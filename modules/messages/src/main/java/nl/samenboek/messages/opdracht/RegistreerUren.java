package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param medewerker a pseudonymous id, never a name: no personal data in the ledger */
public record RegistreerUren(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                             LocalDate datum,
                             BigDecimal uren,
                             String medewerker,
                             Long verwachteVersie) {
}
