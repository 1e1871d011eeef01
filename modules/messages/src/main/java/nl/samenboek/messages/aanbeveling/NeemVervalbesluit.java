package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The bestuur decides a recommendation lapses, by decision of {@code datum}, with a reason. */
public record NeemVervalbesluit(String letter, LocalDate datum, String reden) {

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
