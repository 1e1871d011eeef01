package nl.samenboek.api.opdracht;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.Soort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The request bodies of the opdracht resources (docs/api.md); every field nullable so the domain can name what is missing. */
public final class Verzoeken {

    private Verzoeken() {
    }

    /**
     * @param herkomst     optional: the decision, motion or law the opdracht comes from; null means absent
     * @param opleverdatum optional: when it is due; may lie in the past
     */
    public record AanvraagVerzoek(String titel, String omschrijving, List<String> gemeenten, Categorie categorie, Soort soort,
                           String taakveld, String team, Integer begrotingsjaar, BigDecimal geraamdeUren,
                           String programma, List<String> aanbevelingen,
                           @Schema(nullable = true) HerkomstVerzoek herkomst, @Schema(nullable = true) LocalDate opleverdatum) {

        Herkomst herkomstOfNull() {
            return herkomst == null ? null : new Herkomst(herkomst.soort(), herkomst.kenmerk(), herkomst.datum());
        }
    }

    /**
     * @param soort   collegebesluit, raadsmotie, amendement, raadstoezegging, wettelijke-taak, coalitieakkoord or
     *                bestuursopdracht ({@code niet-opgegeven} is what an opdracht without herkomst shows, not a choice)
     * @param kenmerk optional, e.g. the number of the motion
     * @param datum   optional: the date of the decision, motion or promise
     */
    public record HerkomstVerzoek(Herkomstsoort soort, String kenmerk, LocalDate datum) {
    }

    public record PrioriteringVerzoek(Prioriteit prioriteit, String reden) {
    }

    /** @param criteria the evaluation criteria of the sleutelproject, fixed from then on */
    public record SleutelprojectVerzoek(List<String> criteria) {
    }

    /**
     * @param registratie the opdracht versie its urenregistratie produced
     * @param uren        the corrected value, 0 or more
     */
    public record UrencorrectieVerzoek(Long registratie, BigDecimal uren, String reden) {
    }

    /** A change of an afspraak's streefwaarde, meetmoment or both, with a reason. */
    public record AfspraakwijzigingVerzoek(BigDecimal streefwaarde, LocalDate meetmoment, String reden) {
    }

    /** The body of operations that need no data: {@code {}}. */
    public record LeegVerzoek() {
    }

    public record RedenVerzoek(String reden) {
    }

    /** @param overschrijding the directie's reason to commit beyond the team's plannable capacity (optional) */
    public record ToezeggingVerzoek(Integer jaar, BigDecimal uren, Map<String, BigDecimal> verdeling, String overschrijding) {
    }

    /** A SMART output or outcome contract. */
    public record AfspraakVerzoek(String indicator, String eenheid, BigDecimal streefwaarde, LocalDate meetmoment, String bron) {
    }

    /** A measured value for an afspraak: an output realisatie or an outcome rapportage. */
    public record ResultaatVerzoek(String afspraak, BigDecimal waarde, LocalDate peildatum, String toelichting) {
    }

    public record UrenregistratieVerzoek(LocalDate datum, BigDecimal uren, String medewerker) {
    }

    public record WijzigingVerzoek(BigDecimal geraamdeUren, String omschrijving, String reden) {
    }
}
