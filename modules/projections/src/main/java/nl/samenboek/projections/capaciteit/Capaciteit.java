package nl.samenboek.projections.capaciteit;

import nl.samenboek.messages.samenwerking.Verdeelsleutel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Capacity of one jaar (API.md, capaciteit): per gemeente what it got against its verdeelsleutel share (the fairness
 * signal of the Berenschot evaluation), per team against its werkplan, per categorie, standaard against maatwerk (the
 * nota's 80/20), and early warnings.
 *
 * @param verdeelsleutel the key valid on 1 January of the jaar
 */
public record Capaciteit(int jaar, LocalDate peildatum, Instant bekendOp, Verdeelsleutel verdeelsleutel,
                         List<Gemeente> gemeenten, List<Team> teams, Map<String, Uren> perCategorie, Map<String, Uren> perSoort,
                         BigDecimal aandeelMaatwerk, List<Signaal> signalen) {

    /**
     * @param kosten        toegezegde uren × afdelingstarief (insight, not an invoice)
     * @param besteedKosten besteed uren × afdelingstarief
     * @param aandeelUren   the gemeente's toegezegde uren ÷ all toegezegde uren of the jaar
     * @param afwijking     aandeelUren − verdeelsleutelAandeel
     */
    public record Gemeente(String gemeente, BigDecimal toegezegdeUren, BigDecimal besteedUren, BigDecimal kosten,
                           BigDecimal besteedKosten, BigDecimal aandeelUren, BigDecimal verdeelsleutelAandeel, BigDecimal afwijking) {
    }

    /**
     * @param status      {@code gepland} with a werkplan, {@code ongepland} without
     * @param boven       committed hours above the plannable capacity (0 when within)
     * @param ontwikkeltijdGerespecteerd whether the committed hours stay within capaciteit minus ontwikkeltijd
     */
    public record Team(String team, String status, BigDecimal capaciteit, BigDecimal ontwikkeltijd, BigDecimal planbaar,
                       BigDecimal gepland, Map<String, BigDecimal> geplandPerGemeente, BigDecimal vrijeRuimte,
                       BigDecimal toegezegd, BigDecimal besteed, BigDecimal boven, Boolean ontwikkeltijdGerespecteerd,
                       List<Overschrijding> overschrijdingen, BigDecimal tarief, BigDecimal kosten) {
    }

    public record Overschrijding(String opdracht, BigDecimal boven, String reden) {
    }

    public record Uren(BigDecimal toegezegdeUren, BigDecimal besteedUren) {
    }

    /** An opdracht whose registered hours, projected over the jaar, exceed its committed hours by more than 10 %. */
    public record Signaal(String opdracht, String titel, String team, List<String> gemeenten, BigDecimal toegezegd,
                          BigDecimal besteed, BigDecimal verwacht, BigDecimal overschrijding) {
    }
}
