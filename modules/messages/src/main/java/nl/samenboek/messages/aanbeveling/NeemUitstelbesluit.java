package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The bestuur moves the deadline of a stap of a recommendation, by decision of {@code datum}, with a reason.
 *
 * @param stap the stap whose deadline moves; null for the earliest open one
 */
public record NeemUitstelbesluit(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden, Integer stap) {

    /** A besluit about the earliest open stap. */
    public NeemUitstelbesluit(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden) {
        this(letter, datum, nieuweDeadline, reden, null);
    }

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
