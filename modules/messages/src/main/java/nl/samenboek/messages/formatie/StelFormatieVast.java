package nl.samenboek.messages.formatie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * The directie sets a team's formatie for a year (Berenschot 2019: formatie, vacatures and inhuur paid from the
 * formatiebudget): {@code beschikbareUren = (fte − vacaturesFte) × urenPerFte + inhuurUren}.
 *
 * @param fte          the team's formatie in fte, vacancies included
 * @param vacaturesFte the part of it not filled
 * @param inhuurUren   hours of hired staff in the year
 * @param urenPerFte   productive hours of one fte in the year
 */
public record StelFormatieVast(String team, Integer jaar, BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren,
                               BigDecimal urenPerFte) {

    @TargetAggregateIdentifier
    public FormatieId formatieId() {
        return FormatieId.van(team, jaar);
    }
}
