package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.OpdrachtId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Every registration of hours, over all opdrachten (a port: the event store's own table answers it, in the command's
 * transaction). A person has one day: the 24-hour rule counts a medewerker's hours on a day over every opdracht, which
 * one aggregate alone cannot know.
 */
public interface Urenregister {

    /**
     * The hours the medewerker has on the day over every opdracht, corrections included. Until the transaction ends,
     * other writers for the same medewerker and day wait, so two registrations cannot both pass the rule together.
     */
    BigDecimal urenOpDag(String medewerker, LocalDate datum);

    /**
     * Counts hours this transaction is about to register (or, negative, to take off by a correction) for the medewerker
     * on the day, so a later registration in the same transaction — the next line of a timesheet — sees them; the
     * events themselves are stored when the transaction commits.
     */
    void reserveer(String medewerker, LocalDate datum, BigDecimal uren);

    /** The registration that the opdracht's versie produced, with its hours as corrected so far. */
    Optional<Registratie> registratie(OpdrachtId opdracht, long versie);

    /** One urenregistratie as it stands now. */
    record Registratie(LocalDate datum, String medewerker, BigDecimal uren) {
    }
}
