package nl.samenboek.api.aanbeveling;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.projections.aanbeveling.AanbevelingDocument;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A recommendation with its history as the API shows it; the schema keeps the name clients generated from
 * openapi.json know.
 */
@Schema(name = "Aanbeveling")
public record AanbevelingWeergave(Aanbevelingen.Agendaregel stand, String beoogdResultaat, LocalDate vastgesteldOp, String bron,
                                  List<Feit> historie) {

    /** The stand's fields (letter, titel, status, …) also at the top level, where a client of the list finds them. */
    @JsonUnwrapped
    public Aanbevelingen.Agendaregel getOverzicht() {
        return stand;
    }

    /**
     * A progress report or a decision of the bestuur.
     *
     * @param soort          gestart, voortgang, mijlpaal, gerealiseerd, uitstel or verval
     * @param nieuweDeadline only for an uitstel
     * @param voortgang      whether it is a progress report (not a decision)
     * @param stap           the stap a melding or uitstel is about; null for a verval, and for one from before steps existed
     * @param gemeente       the gemeente a melding is about; null for all of them
     */
    public record Feit(String soort, LocalDate datum, @Schema(nullable = true) LocalDate nieuweDeadline, String toelichting,
                       String door, Instant vastgelegdOp, boolean voortgang, @Schema(nullable = true) Integer stap,
                       @Schema(nullable = true) String gemeente) {

        static Feit van(AanbevelingDocument.Feit f) {
            return new Feit(f.soort(), f.datum(), f.nieuweDeadline(), f.toelichting(), f.door(), f.vastgelegdOp(), f.isVoortgang(),
                    f.stap(), f.gemeente());
        }
    }

    /** @param zichtbaar what of the stand the caller may see (a college or raad: only its own gemeente's opdrachten) */
    static AanbevelingWeergave van(Aanbevelingen.Aanbeveling a, UnaryOperator<Aanbevelingen.Agendaregel> zichtbaar) {
        return new AanbevelingWeergave(zichtbaar.apply(a.stand()), a.beoogdResultaat(), a.vastgesteldOp(), a.bron(),
                a.historie().stream().map(Feit::van).toList());
    }
}
