package nl.samenboek.projections.pcdocument;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * Which kosten a budget is held against (docs/pc-documenten.md, budget): a plan or a report during the year holds the
 * bijdrage against the hours committed for the whole year; the jaarrekening against the hours actually spent.
 */
public enum Grondslag implements Code {
    TOEGEZEGD("toegezegd"),
    BESTEED("besteed");

    private final String code;

    Grondslag(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
