package nl.samenboek.messages.samenwerking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Sets up a samenwerking at first start from its configuration: its gemeenten and first verdeelsleutel, as events in
 * one transaction, so a crash halfway can never leave a samenwerking without a key.
 */
public record RichtSamenwerkingIn(@TargetAggregateIdentifier SamenwerkingId samenwerking,
                                  List<Deelnemer> gemeenten,
                                  Verdeelsleutel verdeelsleutel) {

    /** @param inwoners null where the configuration does not give it */
    public record Deelnemer(String code, String naam, LocalDate toegetredenOp, Integer inwoners) {

        public Deelnemer(String code, String naam, LocalDate toegetredenOp) {
            this(code, naam, toegetredenOp, null);
        }
    }
}
