package nl.samenboek.messages.samenwerking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identity of a samenwerking, its configured code (HLTsamen's is {@code hltsamen}); travels as that plain string. */
public record SamenwerkingId(String waarde) {

    public SamenwerkingId {
        Objects.requireNonNull(waarde, "waarde");
    }

    @JsonCreator
    public static SamenwerkingId van(String waarde) {
        return new SamenwerkingId(waarde);
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
