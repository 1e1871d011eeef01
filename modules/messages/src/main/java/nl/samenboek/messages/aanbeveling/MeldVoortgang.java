package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * @param datum        the date the progress is about
 * @param door         the rol of the caller: directie, bestuur or college
 * @param stap         the stap it is about; null for the earliest open one
 * @param gemeente     for a recommendation followed per gemeente, the gemeente it is about; null for all of them
 * @param doorGemeente the gemeente of a calling college; null for the other roles
 */
public record MeldVoortgang(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door,
                            Integer stap, String gemeente, String doorGemeente) {

    /** A melding by directie or bestuur about the earliest open stap, for every gemeente. */
    public MeldVoortgang(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door) {
        this(letter, soort, datum, toelichting, door, null, null, null);
    }

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
