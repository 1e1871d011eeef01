package nl.samenboek.messages.tarief;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identity of a team's afdelingstarief for a year: {@code tarief-<team>-<jaar>}. */
public record TariefId(String waarde) {

    @JsonCreator
    public TariefId {
        Objects.requireNonNull(waarde, "waarde");
    }

    /** The id of the team's tarief for the jaar; also for a jaar or team still missing, which the tarief then refuses. */
    public static TariefId van(String team, Integer jaar) {
        return new TariefId("tarief-" + team + "-" + jaar);
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
