package nl.samenboek.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The moment a question about derived state is asked for (docs/architecture.md, the read path): {@code peildatum} is the valid time
 * (facts count from the date they are about, at the end of that day), {@code bekendOp} the transaction time (only what
 * the ledger had recorded by then). A null field means "now".
 */
public record Peilmoment(LocalDate peildatum, Instant bekendOp) {

    /** Facts without a date of their own count from the day they were recorded, in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Today in this zone, by the given clock: the write side asks its injected clock, so tests can fix the day. */
    public static LocalDate vandaag(Clock klok) {
        return LocalDate.now(klok.withZone(ZONE));
    }

    public static Peilmoment nu() {
        return new Peilmoment(null, null);
    }

    public boolean isNu() {
        return peildatum == null && bekendOp == null;
    }

    /** Whether a fact recorded at {@code tijdstip} and about {@code datum} (or, when null, about its recording day) counts. */
    public boolean telt(Instant tijdstip, LocalDate datum) {
        if (bekendOp != null && tijdstip.isAfter(bekendOp)) {
            return false;
        }
        if (peildatum == null) {
            return true;
        }
        return !geldtVanaf(tijdstip, datum).isAfter(peildatum);
    }

    /** The date a fact counts from: the date it is about, or when it carries none, the day it was recorded. */
    public static LocalDate geldtVanaf(Instant tijdstip, LocalDate datum) {
        return datum != null ? datum : tijdstip.atZone(ZONE).toLocalDate();
    }

    /** The peildatum to use for rules that depend on "today" (deadlines, the verdeelsleutel in force). */
    public LocalDate datum() {
        if (peildatum != null) {
            return peildatum;
        }
        return (bekendOp != null ? bekendOp : Instant.now()).atZone(ZONE).toLocalDate();
    }
}
