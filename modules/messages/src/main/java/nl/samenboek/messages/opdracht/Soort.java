package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * Standaard work is shared and split by the verdeelsleutel; maatwerk is for one gemeente and counts wholly for it
 * (nota HLT Samen Verder: 80 % standaard, 20 % maatwerk).
 */
public enum Soort implements Code {
    STANDAARD("standaard"),
    MAATWERK("maatwerk");

    private final String code;

    Soort(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Soort van(String code) {
        return Code.van(Soort.class, code);
    }
}
