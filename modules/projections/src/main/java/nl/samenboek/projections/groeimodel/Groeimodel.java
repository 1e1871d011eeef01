package nl.samenboek.projections.groeimodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The groeimodel of one jaar (nota HLT Samen Verder, aanbeveling V; docs/groeimodel.md): how much of the committed
 * hours is contracted at each level, the shares at output and outcome, and the position against the mijlpalen and
 * evaluation moments of the nota. Serialised as it is: its components are the HTTP answer.
 *
 * @param gemeente null for all gemeenten together
 */
public record Groeimodel(String gemeente, int jaar, LocalDate peildatum, Instant bekendOp, Map<String, Niveaustand> niveaus,
                         BigDecimal totaalUren, BigDecimal aandeelOutput, BigDecimal aandeelOutcome,
                         List<Mijlpaalstand> mijlpalen, List<Evaluatiemoment> evaluatiemomenten,
                         Map<String, Niveauverdeling> perCategorie, Map<String, Niveauverdeling> perTeam) {

    /** The same answer, stated as known at the given instant (a document built from current read models says when that was). */
    public Groeimodel metBekendOp(Instant moment) {
        return new Groeimodel(gemeente, jaar, peildatum, moment, niveaus, totaalUren, aandeelOutput, aandeelOutcome, mijlpalen,
                evaluatiemomenten, perCategorie, perTeam);
    }

    /** @param uren the gemeente's attributed committed hours of opdrachten at exactly this level */
    public record Niveaustand(BigDecimal uren, int opdrachten) {
    }

    public record Niveauverdeling(Map<String, Niveaustand> niveaus, BigDecimal totaalUren, BigDecimal aandeelOutput,
                                  BigDecimal aandeelOutcome) {
    }

    /**
     * @param gerealiseerd the share of this jaar's committed hours contracted at the mijlpaal's level or higher
     * @param behaald      gerealiseerd ≥ norm
     */
    public record Mijlpaalstand(int jaar, String niveau, BigDecimal norm, BigDecimal gerealiseerd, boolean behaald) {
    }

    public record Evaluatiemoment(String moment, LocalDate datum, String omschrijving) {
    }
}
