package nl.samenboek.projections.pcdocument;

import nl.samenboek.domain.budget.Budgetlijnen;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.projections.budget.BudgetDocument;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A gemeente's money in a jaar, from a {@link Jaarstand} alone (docs/pc-documenten.md, budget): the kosten of its
 * attributed hours, per opdracht to the cent (hours × the team's afdelingstarief), and its bijdrage held against them,
 * per budget line ({@link Budgetlijnen#lijnVoor}). Every sum is of amounts already in cents, so the lines add up to the
 * budget, the gemeenten to the samenwerking and the teams to the same total.
 */
public final class Budgetberekening {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Budgetberekening() {
    }

    /** The opdrachten whose work can count for the gemeente: those that concern it, neither declined nor refused. */
    public static List<OpdrachtDocument> vanGemeente(Jaarstand stand, String gemeente) {
        return stand.opdrachten().stream()
                .filter(o -> o.betreft(gemeente) && o.getStatus() != OpdrachtStatus.AFGEWEZEN && o.getStatus() != OpdrachtStatus.GEWEIGERD)
                .toList();
    }

    /** The gemeente's hours of the opdracht in the jaar by the grondslag: toegezegd or besteed. */
    public static BigDecimal uren(Jaarstand stand, OpdrachtDocument opdracht, String gemeente, Grondslag grondslag) {
        Map<String, BigDecimal> uren = grondslag == Grondslag.TOEGEZEGD ? stand.toegezegd(opdracht) : stand.besteed(opdracht);
        return uren.getOrDefault(gemeente, NUL);
    }

    /** The gemeente's kosten of the opdracht in the jaar: its hours by the grondslag × the team's tarief, to the cent. */
    public static BigDecimal kosten(Jaarstand stand, OpdrachtDocument opdracht, String gemeente, Grondslag grondslag) {
        return euro(uren(stand, opdracht, gemeente, grondslag).multiply(stand.tarief(opdracht.getTeam())));
    }

    /** The gemeente's kosten in the jaar by the grondslag. */
    public static BigDecimal kosten(Jaarstand stand, String gemeente, Grondslag grondslag) {
        return vanGemeente(stand, gemeente).stream().map(o -> kosten(stand, o, gemeente, grondslag)).reduce(NUL, BigDecimal::add);
    }

    /** The gemeente's budget against its kosten; null when it has no budget for the jaar. */
    public static PcDocument.Budgetstand budget(Jaarstand stand, String gemeente, Grondslag grondslag) {
        BudgetDocument budget = stand.budgetten().get(gemeente);
        if (budget == null) {
            return null;
        }
        Map<String, BigDecimal> lijnen = budget.budgetlijnen() == null ? Map.of() : budget.budgetlijnen();
        BigDecimal bijdrage = euro(budget.bijdrage());
        Map<String, BigDecimal> kostenPerLijn = new TreeMap<>();
        lijnen.keySet().forEach(l -> kostenPerLijn.put(l, NUL));
        BigDecimal kosten = NUL;
        for (OpdrachtDocument o : vanGemeente(stand, gemeente)) {
            BigDecimal deel = kosten(stand, o, gemeente, grondslag);
            kosten = kosten.add(deel);
            String lijn = Budgetlijnen.lijnVoor(o.getSoort(), o.getCategorie(), lijnen);
            if (lijn != null) {
                kostenPerLijn.merge(lijn, deel, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> bedragen = Budgetlijnen.bedragen(bijdrage, lijnen);
        Map<String, PcDocument.Budgetlijnstand> perLijn = new TreeMap<>();
        BigDecimal meerwerk = NUL;
        for (Map.Entry<String, BigDecimal> lijn : new TreeMap<>(lijnen).entrySet()) {
            BigDecimal bedrag = bedragen.get(lijn.getKey());
            BigDecimal lijnkosten = kostenPerLijn.get(lijn.getKey());
            BigDecimal boven = lijnkosten.subtract(bedrag).max(NUL);
            meerwerk = meerwerk.add(boven);
            perLijn.put(lijn.getKey(), new PcDocument.Budgetlijnstand(lijn.getValue(), bedrag, lijnkosten, bedrag.subtract(lijnkosten), boven));
        }
        if (lijnen.isEmpty()) {
            meerwerk = kosten.subtract(bijdrage).max(NUL);
        }
        return new PcDocument.Budgetstand(bijdrage, kosten, bijdrage.subtract(kosten), meerwerk, grondslag.code(), perLijn);
    }

    static BigDecimal euro(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_EVEN);
    }
}
