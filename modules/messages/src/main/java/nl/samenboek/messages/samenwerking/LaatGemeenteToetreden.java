package nl.samenboek.messages.samenwerking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gemeente joins the samenwerking from {@code datum} on (configuration, by the beheerder or the seed).
 *
 * @param inwoners optional
 * @param aandeel  its weight in the verdeelsleutel from {@code datum} on, as in {@code PUT /verdeelsleutels} (a toetreding
 *                 through the API); null when the seed sets the whole key itself
 */
public record LaatGemeenteToetreden(@TargetAggregateIdentifier SamenwerkingId samenwerking,
                                    String code,
                                    String naam,
                                    LocalDate datum,
                                    Integer inwoners,
                                    BigDecimal aandeel) {

    public LaatGemeenteToetreden(SamenwerkingId samenwerking, String code, String naam, LocalDate datum) {
        this(samenwerking, code, naam, datum, null, null);
    }
}
