package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The directie reports the measured value of an output (realisatie) or outcome (rapportage) afspraak. */
public record MeldResultaat(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                            Resultaatniveau niveau,
                            String afspraak,
                            BigDecimal waarde,
                            LocalDate peildatum,
                            String toelichting,
                            Long verwachteVersie) {
}
