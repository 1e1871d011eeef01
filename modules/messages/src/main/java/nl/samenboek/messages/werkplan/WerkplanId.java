package nl.samenboek.messages.werkplan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identity of a team's werkplan for a year: {@code werkplan-<team>-<jaar>}. */
public record WerkplanId(String waarde) {

    @JsonCreator
    public WerkplanId {
        Objects.requireNonNull(waarde, "waarde");
    }

    /** The id of the team's werkplan for the jaar; also for a jaar or team still missing, which the werkplan then refuses. */
    public static WerkplanId van(String team, Integer jaar) {
        return new WerkplanId("werkplan-" + team + "-" + jaar);
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
