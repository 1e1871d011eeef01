package nl.samenboek.messages.aanbeveling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress reported on a recommendation. {@code stap} and {@code gemeente} are left out of the stored JSON when absent,
 * so a melding from before they existed keeps its bytes (the grootboek hashes them); such a melding concerns the
 * recommendation as a whole (docs/uitvoeringsagenda.md, steps).
 *
 * @param door     the rol that reported it (directie, bestuur, or the college of {@code gemeente})
 * @param stap     the stap of the tijdpad it is about (1 = the first deadline, then the mijlpalen)
 * @param gemeente for a recommendation followed per gemeente: the gemeente it is about; absent for all of them
 */
public record VoortgangGemeld(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door,
                              List<String> gemeenten,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer stap,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String gemeente) implements AanbevelingGebeurtenis {

    @JsonCreator
    public VoortgangGemeld {
    }

    /** A melding about the whole recommendation, as before steps and gemeenten existed. */
    public VoortgangGemeld(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door,
                           List<String> gemeenten) {
        this(letter, soort, datum, toelichting, door, gemeenten, null, null);
    }

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
