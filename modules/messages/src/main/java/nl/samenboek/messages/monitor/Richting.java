package nl.samenboek.messages.monitor;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

import java.math.BigDecimal;

/** Which way an indicator improves; a norm is reached at or beyond it in that direction. */
public enum Richting implements Code {
    HOGER_IS_BETER("hoger-is-beter"),
    LAGER_IS_BETER("lager-is-beter");

    private final String code;

    Richting(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the waarde reaches the norm: at least it when higher is better, at most it when lower is better. */
    public boolean haalt(BigDecimal waarde, BigDecimal norm) {
        int vergelijking = waarde.compareTo(norm);
        return this == HOGER_IS_BETER ? vergelijking >= 0 : vergelijking <= 0;
    }
}
