package nl.samenboek.messages.monitor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Identity of the samenwerking's monitor (docs/monitor.md): there is one, holding its normenkaders and metingen, so
 * that "one nulmeting" and "a normenkader is fixed once a meting refers to it" are checked in one place.
 */
public record MonitorId(String waarde) {

    public static final MonitorId DE_MONITOR = new MonitorId("monitor");

    @JsonCreator
    public MonitorId {
        Objects.requireNonNull(waarde, "waarde");
    }

    @JsonValue
    public String waarde() {
        return waarde;
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return waarde;
    }
}
