package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of an opdracht; travels as a plain string (a UUID) in events and the API. */
public record OpdrachtId(String waarde) {

    public OpdrachtId {
        Objects.requireNonNull(waarde, "waarde");
    }

    @JsonCreator
    public static OpdrachtId van(String waarde) {
        return new OpdrachtId(waarde);
    }

    public static OpdrachtId nieuw() {
        return new OpdrachtId(UUID.randomUUID().toString());
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
