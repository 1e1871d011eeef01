package nl.samenboek.messages.bijeenkomst;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting recorded once held. {@code pcMoment} is left out of the stored JSON when absent, so a meeting from
 * before it existed keeps its bytes (the grootboek hashes them).
 */
public record BijeenkomstGehouden(String bijeenkomstId, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                                  String onderwerp, @JsonInclude(JsonInclude.Include.NON_NULL) PcMoment pcMoment)
        implements BijeenkomstGebeurtenis {

    @JsonCreator
    public BijeenkomstGehouden {
    }

    /** A meeting without a P&C moment, as before it existed. */
    public BijeenkomstGehouden(String bijeenkomstId, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten, String onderwerp) {
        this(bijeenkomstId, soort, datum, gemeenten, onderwerp, null);
    }

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
