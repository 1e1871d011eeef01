package nl.samenboek.messages.samenwerking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A gemeente joins the samenwerking from {@code datum} on (configuration, by the beheerder or the seed). */
public record LaatGemeenteToetreden(@TargetAggregateIdentifier SamenwerkingId samenwerking,
                                    String code,
                                    String naam,
                                    LocalDate datum) {
}
