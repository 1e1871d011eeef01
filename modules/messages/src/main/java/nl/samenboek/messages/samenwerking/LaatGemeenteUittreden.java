package nl.samenboek.messages.samenwerking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The beheerder records that a gemeente leaves the samenwerking from {@code datum} on (today or later). */
public record LaatGemeenteUittreden(@TargetAggregateIdentifier SamenwerkingId samenwerking, String code, LocalDate datum) {
}
