package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** @param datum the date the progress is about */
public record MeldVoortgang(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door) {

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
