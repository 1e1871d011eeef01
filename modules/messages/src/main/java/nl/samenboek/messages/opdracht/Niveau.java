package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * Contract level of an opdracht in the groeimodel (nota HLT Samen Verder, aanbeveling V: input 2025, output 2027,
 * outcome 2030). docs/groeimodel.md: outcome if it has an outcome afspraak; else output if it has an output afspraak; else input
 * if hours are committed; else geen.
 */
public enum Niveau implements Code {
    GEEN("geen"),
    INPUT("input"),
    OUTPUT("output"),
    OUTCOME("outcome");

    private final String code;

    Niveau(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Niveau van(String code) {
        return Code.van(Niveau.class, code);
    }

    public static Niveau bepaal(boolean outcomeAfspraak, boolean outputAfspraak, boolean urenToegezegd) {
        if (outcomeAfspraak) {
            return OUTCOME;
        }
        if (outputAfspraak) {
            return OUTPUT;
        }
        return urenToegezegd ? INPUT : GEEN;
    }

    /** Whether this level is at least {@code ander}: an outcome opdracht also counts as contracted on output. */
    public boolean minstens(Niveau ander) {
        return compareTo(ander) >= 0;
    }
}
