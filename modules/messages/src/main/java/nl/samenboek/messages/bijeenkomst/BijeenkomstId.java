package nl.samenboek.messages.bijeenkomst;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a joint meeting; travels as a plain string (a UUID) in events and the API. */
public record BijeenkomstId(String waarde) {

    public BijeenkomstId {
        Objects.requireNonNull(waarde, "waarde");
    }

    @JsonCreator
    public static BijeenkomstId van(String waarde) {
        return new BijeenkomstId(waarde);
    }

    public static BijeenkomstId nieuw() {
        return new BijeenkomstId(UUID.randomUUID().toString());
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
