package nl.samenboek.messages.formatie;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identity of a team's formatie for a year: {@code formatie-<team>-<jaar>}. */
public record FormatieId(String waarde) {

    @JsonCreator
    public FormatieId {
        Objects.requireNonNull(waarde, "waarde");
    }

    /** The id of the team's formatie for the jaar; also for a jaar or team still missing, which the formatie then refuses. */
    public static FormatieId van(String team, Integer jaar) {
        return new FormatieId("formatie-" + team + "-" + jaar);
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
