package nl.samenboek.messages.aanbeveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** What a voortgangsmelding reports (docs/uitvoeringsagenda.md). */
public enum Voortgangssoort implements Code {
    GESTART("gestart"),
    VOORTGANG("voortgang"),
    MIJLPAAL("mijlpaal"),
    GEREALISEERD("gerealiseerd");

    private final String code;

    Voortgangssoort(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Voortgangssoort van(String code) {
        return Code.van(Voortgangssoort.class, code);
    }
}
