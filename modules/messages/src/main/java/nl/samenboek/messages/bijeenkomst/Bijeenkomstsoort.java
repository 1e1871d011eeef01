package nl.samenboek.messages.bijeenkomst;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** Joint meetings the nota asks for (aanbevelingen A and E). */
public enum Bijeenkomstsoort implements Code {
    GEZAMENLIJKE_COLLEGES("gezamenlijke-colleges"),
    GEZAMENLIJKE_RADEN("gezamenlijke-raden");

    private final String code;

    Bijeenkomstsoort(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Bijeenkomstsoort van(String code) {
        return Code.van(Bijeenkomstsoort.class, code);
    }
}
