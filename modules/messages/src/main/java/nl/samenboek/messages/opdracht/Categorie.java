package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** Kind of work an opdracht is: beleid, dienstverlening, bedrijfsvoering or crisis. */
public enum Categorie implements Code {
    BELEID("beleid"),
    DIENSTVERLENING("dienstverlening"),
    BEDRIJFSVOERING("bedrijfsvoering"),
    CRISIS("crisis");

    private final String code;

    Categorie(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Categorie van(String code) {
        return Code.van(Categorie.class, code);
    }
}
