package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The bestuur moves a recommendation's deadline, by decision of {@code datum}, with a reason. */
public record NeemUitstelbesluit(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden) {

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
