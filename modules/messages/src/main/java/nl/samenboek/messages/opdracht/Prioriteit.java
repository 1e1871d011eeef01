package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * The priority the bestuur gives an opdracht when requests exceed capacity (nota HLT Samen Verder, 2.1.2: "door het
 * bestuur keuzes gemaakt kunnen worden in de te stellen prioriteiten"). Lists put {@code hoog} first.
 */
public enum Prioriteit implements Code {
    HOOG("hoog"),
    NORMAAL("normaal"),
    LAAG("laag");

    private final String code;

    Prioriteit(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Prioriteit van(String code) {
        return Code.van(Prioriteit.class, code);
    }
}
