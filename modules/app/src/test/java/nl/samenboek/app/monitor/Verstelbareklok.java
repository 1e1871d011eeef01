package nl.samenboek.app.monitor;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can set to another day and that runs on from there, so a scenario can live through several years:
 * it is both the application's {@link Clock} ("today" of the aggregates) and, while installed, the clock Axon stamps
 * events with (when the ledger recorded them). It only moves forward, as time does.
 */
public final class Verstelbareklok extends Clock {

    private volatile Instant basis;
    private volatile long basisNanos;

    public Verstelbareklok(Instant begin) {
        zet(begin);
    }

    /** From now on the clock reads this instant, and runs on from it. */
    public synchronized void zet(Instant moment) {
        if (basis != null && moment.isBefore(instant())) {
            throw new IllegalArgumentException("de klok gaat niet terug: " + moment + " ligt vóór " + instant());
        }
        basis = moment;
        basisNanos = System.nanoTime();
    }

    /** Axon stamps events with this clock until {@link #herstelAxon()}. */
    public void installeerInAxon() {
        GenericEventMessage.clock = this;
    }

    public static void herstelAxon() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Override
    public Instant instant() {
        return basis.plus(Duration.ofNanos(System.nanoTime() - basisNanos));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Verstelbareklok klok = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId andere) {
                return klok.withZone(andere);
            }

            @Override
            public Instant instant() {
                return klok.instant();
            }
        };
    }
}
