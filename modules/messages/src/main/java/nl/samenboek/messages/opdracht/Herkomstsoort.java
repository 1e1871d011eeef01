package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * Where an opdracht comes from: the decision, motion or law behind it (nota HLT Samen Verder, 2.1.2 opdrachtgeverschap;
 * Berenschot 2019: raadsvragen and moties that take capacity meant for other work). {@link #NIET_OPGEGEVEN} is what an
 * opdracht without herkomst shows; a college cannot give it.
 */
public enum Herkomstsoort implements Code {
    COLLEGEBESLUIT("collegebesluit"),
    RAADSMOTIE("raadsmotie"),
    AMENDEMENT("amendement"),
    RAADSTOEZEGGING("raadstoezegging"),
    WETTELIJKE_TAAK("wettelijke-taak"),
    COALITIEAKKOORD("coalitieakkoord"),
    BESTUURSOPDRACHT("bestuursopdracht"),
    NIET_OPGEGEVEN("niet-opgegeven");

    private final String code;

    Herkomstsoort(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Herkomstsoort van(String code) {
        return Code.van(Herkomstsoort.class, code);
    }

    /** Whether this herkomst comes from the raad: a motion, an amendment or a promise to the council. */
    public boolean isVanDeRaad() {
        return this == RAADSMOTIE || this == AMENDEMENT || this == RAADSTOEZEGGING;
    }
}
