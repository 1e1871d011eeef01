package nl.samenboek.messages.monitor;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** The nulmeting is the baseline (Berenschot: "een nulmeting"; one per samenwerking); a meting compares with it. */
public enum Metingsoort implements Code {
    NULMETING("nulmeting"),
    METING("meting");

    private final String code;

    Metingsoort(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
