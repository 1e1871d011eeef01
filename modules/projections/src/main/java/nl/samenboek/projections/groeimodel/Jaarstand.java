package nl.samenboek.projections.groeimodel;

import nl.samenboek.domain.toerekening.Toerekening;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.budget.BudgetDocument;
import nl.samenboek.projections.capaciteit.FormatieDocument;
import nl.samenboek.projections.capaciteit.WerkplanDocument;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything the groeimodel, capaciteit and P&C figures of one jaar are computed from, as it stood at a peilmoment:
 * the opdrachten that play in the jaar, the gemeenten, every verdeelsleutel, the werkplannen, the tarieven, the
 * formaties per team and the budgets per gemeente. Attribution of hours to gemeenten lives here, so every view splits
 * hours the same way.
 */
public record Jaarstand(int jaar, Peilmoment peilmoment, List<OpdrachtDocument> opdrachten, List<String> gemeenten,
                        List<Verdeelsleutel> verdeelsleutels, Map<String, WerkplanDocument> werkplannen,
                        Map<String, BigDecimal> tarieven, Map<String, FormatieDocument> formaties,
                        Map<String, BudgetDocument> budgetten) {

    /** A jaar without formaties and budgets. */
    public Jaarstand(int jaar, Peilmoment peilmoment, List<OpdrachtDocument> opdrachten, List<String> gemeenten,
                     List<Verdeelsleutel> verdeelsleutels, Map<String, WerkplanDocument> werkplannen, Map<String, BigDecimal> tarieven) {
        this(jaar, peilmoment, opdrachten, gemeenten, verdeelsleutels, werkplannen, tarieven, Map.of(), Map.of());
    }

    /** The key in force on the date: the latest one whose ingangsdatum is not after it. */
    public Verdeelsleutel sleutelOp(LocalDate datum) {
        return verdeelsleutels.stream().filter(s -> !s.ingangsdatum().isAfter(datum))
                .max(Comparator.comparing(Verdeelsleutel::ingangsdatum)).orElse(null);
    }

    /** Without a verdeling the verdeelsleutel valid on 1 January of the jaar applies (docs/groeimodel.md, attribution). */
    public Verdeelsleutel sleutelVanHetJaar() {
        return sleutelOp(LocalDate.of(jaar, 1, 1));
    }

    /** The opdracht's committed hours for the jaar per gemeente; nothing for a withdrawn, declined or refused opdracht. */
    public Map<String, BigDecimal> toegezegd(OpdrachtDocument opdracht) {
        if (opdracht.getStatus() == OpdrachtStatus.INGETROKKEN || opdracht.getStatus() == OpdrachtStatus.AFGEWEZEN
                || opdracht.getStatus() == OpdrachtStatus.GEWEIGERD) {
            return Map.of();
        }
        return opdracht.toezegging(jaar)
                .map(t -> Toerekening.verdeel(t.uren(), opdracht.getSoort(), opdracht.getGemeenten(), t.verdeling(), sleutelVanHetJaar()))
                .orElse(Map.of());
    }

    /**
     * The opdracht's registered hours in the jaar per gemeente (corrections included): by the toezegging's own verdeling
     * when it has one, else by the verdeelsleutel valid on 1 January of the jaar, like the committed hours — so a key that
     * changes mid-year shows no false deviation between committed and spent (docs/groeimodel.md, attribution).
     */
    public Map<String, BigDecimal> besteed(OpdrachtDocument opdracht) {
        Map<String, BigDecimal> verdeling = opdracht.toezegging(jaar).map(OpdrachtDocument.Toezegging::verdeling).orElse(null);
        return Toerekening.verdeel(opdracht.besteedIn(jaar), opdracht.getSoort(), opdracht.getGemeenten(), verdeling,
                verdeling == null ? sleutelVanHetJaar() : null);
    }

    /** The team's afdelingstarief for the jaar, or zero when none is set. */
    public BigDecimal tarief(String team) {
        return tarieven.getOrDefault(team, BigDecimal.ZERO);
    }
}
