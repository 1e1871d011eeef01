package nl.samenboek.messages.opdracht;

import java.time.LocalDate;

/**
 * The origin of an opdracht: its soort, the kenmerk of the decision or motion (e.g. "M2025-14") and its date.
 *
 * @param kenmerk optional
 * @param datum   optional: the date of the decision, motion or promise
 */
public record Herkomst(Herkomstsoort soort, String kenmerk, LocalDate datum) {

    /** What an opdracht without herkomst shows. */
    public static final Herkomst NIET_OPGEGEVEN = new Herkomst(Herkomstsoort.NIET_OPGEGEVEN, null, null);
}
