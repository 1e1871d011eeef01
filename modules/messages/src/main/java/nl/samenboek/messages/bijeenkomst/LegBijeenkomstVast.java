package nl.samenboek.messages.bijeenkomst;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The bestuur records that a joint meeting of colleges or councils was held. */
public record LegBijeenkomstVast(@TargetAggregateIdentifier BijeenkomstId bijeenkomstId,
                                 Bijeenkomstsoort soort,
                                 LocalDate datum,
                                 List<String> gemeenten,
                                 String onderwerp) {
}
