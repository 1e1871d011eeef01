package nl.samenboek.projections.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.Richting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evaluation dossier of a jaar (nota HLT Samen Verder: evaluations in the second half of 2028 and at the end of
 * 2030; docs/monitor.md): per indicator the nulmeting, the latest meting on or before the evaluation date, the norm and
 * the verdict, the trend per year, and every sleutelproject with its criteria and the realisation of its afspraken.
 * Serialised as it is: its components are the HTTP answer.
 *
 * @param gemeente       null for the samenwerking as a whole
 * @param evaluatiedatum 31 December of the jaar
 * @param bekendOp       the instant of the ledger the dossier rests on: asking again with it gives the same dossier
 * @param nulmeting      null while there is none
 * @param meting         the latest meting on or before the evaluation date (the nulmeting when there is no later one)
 * @param grootboek      the head of each concerned gemeente's grootboek at {@code bekendOp}
 */
public record Evaluatie(int jaar, String gemeente, String naam, String samenwerking, LocalDate evaluatiedatum, Instant bekendOp,
                        Metingverwijzing nulmeting, Metingverwijzing meting, Integer normenkader, List<Indicatorregel> indicatoren,
                        List<Sleutelprojectregel> sleutelprojecten, Map<String, Grootboekstand> grootboek) {

    /** @param vaststellingen per gemeente the raad's besluit and date, or null while it has not adopted the meting */
    public record Metingverwijzing(String id, Metingsoort soort, LocalDate peildatum, int normenkader, String omschrijving,
                                   Map<String, Raadsvaststelling> vaststellingen) {
    }

    public record Raadsvaststelling(String besluit, LocalDate datum) {
    }

    /**
     * @param nulwaarde the nulmeting's value; null without nulmeting or when there was nothing to count
     * @param waarde    the meting's value
     * @param oordeel   {@code behaald}, {@code niet-behaald}, {@code geen-norm} (the normenkader has none for it) or
     *                  {@code geen-waarde} (nothing to count, or no meting)
     * @param trend     per year from 2025 to the jaar its value at 31 December (or on the last day that has ended), as the
     *                  ledger knew it at bekendOp; years still to come, and years with nothing to count, are absent
     */
    public record Indicatorregel(String code, String naam, String perspectief, String eenheid, BigDecimal nulwaarde, BigDecimal waarde,
                                 BigDecimal norm, Richting richting, String oordeel,
                                 @JsonInclude(content = JsonInclude.Include.NON_NULL) Map<String, BigDecimal> trend) {
    }

    public record Sleutelprojectregel(String opdracht, String titel, String status, List<String> gemeenten, List<String> criteria,
                                      Instant aangewezenOp, List<Afspraakrealisatie> afspraken) {
    }

    /** @param behaald whether the latest value on or before the evaluation date reached the streefwaarde; null without value */
    public record Afspraakrealisatie(String afspraak, String soort, String indicator, String eenheid, BigDecimal streefwaarde,
                                     LocalDate meetmoment, BigDecimal waarde, LocalDate peildatum, Boolean behaald) {
    }
}
