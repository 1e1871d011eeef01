package nl.samenboek.messages.bijeenkomst;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * The bestuur records a joint meeting of colleges or councils: one that was held, or, with a date still to come, one
 * that is planned.
 *
 * @param pcMoment for a meeting of the raden, the P&C document it belongs to; may be null
 */
public record LegBijeenkomstVast(@TargetAggregateIdentifier BijeenkomstId bijeenkomstId,
                                 Bijeenkomstsoort soort,
                                 LocalDate datum,
                                 List<String> gemeenten,
                                 String onderwerp,
                                 PcMoment pcMoment) {

    /** A meeting without a P&C moment. */
    public LegBijeenkomstVast(BijeenkomstId bijeenkomstId, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                              String onderwerp) {
        this(bijeenkomstId, soort, datum, gemeenten, onderwerp, null);
    }
}
