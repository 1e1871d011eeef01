package nl.samenboek.api.opdracht;

import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Soort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The request bodies of the opdracht resources (docs/api.md); every field nullable so the domain can name what is missing. */
public final class Verzoeken {

    private Verzoeken() {
    }

    public record AanvraagVerzoek(String titel, String omschrijving, List<String> gemeenten, Categorie categorie, Soort soort,
                           String taakveld, String team, Integer begrotingsjaar, BigDecimal geraamdeUren,
                           String programma, List<String> aanbevelingen) {
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
