package nl.samenboek.messages.bijeenkomst;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * The document of the P&C cycle a joint meeting of the raden belongs to (nota, Bijlage I, aanbeveling E: "De drie vaste
 * bijeenkomsten gekoppeld aan de P&C cyclus").
 */
public enum PcMoment implements Code {
    KADERNOTA("kadernota"),
    VOORJAARSNOTA("voorjaarsnota"),
    BEGROTING("begroting"),
    JAARREKENING("jaarrekening");

    private final String code;

    PcMoment(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static PcMoment van(String code) {
        return Code.van(PcMoment.class, code);
    }
}
