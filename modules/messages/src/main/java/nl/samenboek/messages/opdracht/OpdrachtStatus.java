package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** Lifecycle status of an opdracht, as the API names it (docs/api.md). */
public enum OpdrachtStatus implements Code {
    WACHT_OP_MEDEONDERTEKENING("wacht-op-medeondertekening"),
    AANGEVRAAGD("aangevraagd"),
    AANVAARD("aanvaard"),
    AFGEWEZEN("afgewezen"),
    AFGEROND("afgerond"),
    INGETROKKEN("ingetrokken"),
    /** Another concerned college refused to co-sign; terminal. */
    GEWEIGERD("geweigerd");

    private final String code;

    OpdrachtStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static OpdrachtStatus van(String code) {
        return Code.van(OpdrachtStatus.class, code);
    }

    public boolean isEindstatus() {
        return this == AFGEWEZEN || this == AFGEROND || this == INGETROKKEN || this == GEWEIGERD;
    }
}
