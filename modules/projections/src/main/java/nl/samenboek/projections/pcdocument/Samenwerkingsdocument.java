package nl.samenboek.projections.pcdocument;

import nl.samenboek.projections.capaciteit.Capaciteit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A P&C document of the werkorganisatie as a whole (docs/pc-documenten.md, the fourth cycle): only figures per gemeente,
 * team and budget line, no opdracht, so every college and raad may read it. The same parameters give the same document,
 * byte for byte.
 *
 * @param samenwerking  the samenwerking's name
 * @param grootboek     the head of every gemeente's grootboek at bekendOp
 * @param grondslag     which hours the kosten are of: {@code toegezegd} (kaderbrief, begroting) or {@code besteed} (jaarrekening)
 * @param verdeelsleutel each gemeente's share in the verdeelsleutel valid on 1 January of the jaar
 * @param perBudgetlijn the budget lines of all gemeenten added up, by name
 * @param afrekening    per gemeente its part of the saldo by the verdeelsleutel, to the cent (largest remainder): positive
 *                      is returned to the gemeente, negative is charged to it; empty without a verdeelsleutel
 */
public record Samenwerkingsdocument(String samenwerking, int jaar, Samenwerkingsdocumentsoort soort, String titel, String doel,
                                    LocalDate peildatum, Instant bekendOp, Map<String, PcDocument.Grootboekkop> grootboek,
                                    String grondslag, Samenwerkingstotaal totaal, Map<String, BigDecimal> verdeelsleutel,
                                    List<Gemeentesaldo> gemeenten, List<Teamstand> teams,
                                    Map<String, Budgetlijntotaal> perBudgetlijn, Map<String, BigDecimal> afrekening) {

    /** @param saldo bijdrage − kosten of all gemeenten: what the afrekening divides */
    public record Samenwerkingstotaal(BigDecimal bijdrage, BigDecimal kosten, BigDecimal saldo, BigDecimal meerwerk,
                                      BigDecimal toegezegdeUren, BigDecimal besteedUren) {
    }

    /**
     * @param bijdrage 0 when the gemeente has no budget for the jaar ({@code begroot} false)
     * @param saldo    bijdrage − kosten: positive is an underspend
     */
    public record Gemeentesaldo(String gemeente, String naam, boolean begroot, BigDecimal bijdrage, BigDecimal kosten, BigDecimal saldo,
                                BigDecimal meerwerk) {
    }

    /**
     * @param kosten             the team's attributed hours (by the grondslag) × its tarief, summed per gemeente and opdracht
     * @param werkplanCapaciteit the capaciteit of the team's werkplan; null without one
     * @param formatie           the team's formatie; null without one
     */
    public record Teamstand(String team, BigDecimal toegezegdeUren, BigDecimal besteedUren, BigDecimal tarief, BigDecimal kosten,
                            BigDecimal werkplanCapaciteit, Capaciteit.Formatiestand formatie) {
    }

    public record Budgetlijntotaal(BigDecimal bedrag, BigDecimal kosten, BigDecimal saldo, BigDecimal meerwerk) {
    }
}
