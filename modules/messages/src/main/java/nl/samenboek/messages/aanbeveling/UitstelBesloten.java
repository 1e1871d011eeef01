package nl.samenboek.messages.aanbeveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * The bestuur moved the deadline of a stap. {@code stap} is left out of the stored JSON when absent, so a besluit from
 * before steps existed keeps its bytes; such a besluit moved the first deadline (stap 1).
 */
public record UitstelBesloten(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden, List<String> gemeenten,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer stap)
        implements AanbevelingGebeurtenis {

    @JsonCreator
    public UitstelBesloten {
    }

    /** A besluit about the first deadline, as before steps existed. */
    public UitstelBesloten(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden, List<String> gemeenten) {
        this(letter, datum, nieuweDeadline, reden, gemeenten, null);
    }

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
