package nl.samenboek.messages.aanbeveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Identity of one recommendation of the nota: {@code aanbeveling-} and its letter, because the letter alone would
 * collide with other aggregates' ids. Events name the recommendation by its letter only.
 */
public record AanbevelingId(String waarde) {

    private static final String VOORVOEGSEL = "aanbeveling-";

    @JsonCreator
    public AanbevelingId {
        Objects.requireNonNull(waarde, "waarde");
    }

    /** The id of the recommendation with this letter (A–X). */
    public static AanbevelingId van(String letter) {
        return new AanbevelingId(VOORVOEGSEL + letter);
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
