package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** The two levels of a result contract in the groeimodel: output (SMART products, 2027) and outcome (effects, 2030). */
public enum Resultaatniveau implements Code {
    OUTPUT("output"),
    OUTCOME("outcome");

    private final String code;

    Resultaatniveau(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Resultaatniveau van(String code) {
        return Code.van(Resultaatniveau.class, code);
    }
}
