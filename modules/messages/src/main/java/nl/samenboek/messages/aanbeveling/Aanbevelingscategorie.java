package nl.samenboek.messages.aanbeveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** The nota's classification of its recommendations (nota HLT Samen Verder, §1.5). */
public enum Aanbevelingscategorie implements Code {
    INSTITUTIONEEL("institutioneel"),
    INSTRUMENTEEL("instrumenteel"),
    INHOUDELIJK("inhoudelijk");

    private final String code;

    Aanbevelingscategorie(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Aanbevelingscategorie van(String code) {
        return Code.van(Aanbevelingscategorie.class, code);
    }
}
