package nl.samenboek.projections.pcdocument;

import nl.samenboek.domain.toerekening.Verdeling;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.WerkplanDocument;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of the werkorganisatie's own P&C document, from a {@link Jaarstand} alone (docs/pc-documenten.md, the fourth
 * cycle): per gemeente its bijdrage against its kosten, per team its hours, kosten and formatie, per budget line the
 * lines of all gemeenten, and the afrekening. HLTsamen may hold no reserve (Berenschot 2019, 5.4): what is left over
 * goes back to the gemeenten, and what falls short is asked of them, both by the verdeelsleutel valid on 1 January of
 * the jaar, to the cent with the largest-remainder method.
 */
public final class Samenwerkingsberekening {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Samenwerkingsberekening() {
    }

    /**
     * @param namen     the gemeenten's names by code
     * @param grootboek the head of every gemeente's grootboek
     */
    public static Samenwerkingsdocument bereken(Jaarstand stand, String samenwerking, Samenwerkingsdocumentsoort soort,
                                                Map<String, String> namen, Map<String, PcDocument.Grootboekkop> grootboek,
                                                Instant bekendOp) {
        Grondslag grondslag = soort.grondslag();
        List<Samenwerkingsdocument.Gemeentesaldo> gemeenten = new ArrayList<>();
        Map<String, Teamsom> perTeam = new TreeMap<>();
        Map<String, Samenwerkingsdocument.Budgetlijntotaal> perLijn = new TreeMap<>();
        Samenwerkingsdocument.Samenwerkingstotaal totaal = new Samenwerkingsdocument.Samenwerkingstotaal(NUL, NUL, NUL, NUL, NUL, NUL);
        for (String gemeente : new TreeSet<>(stand.gemeenten())) {
            BigDecimal toegezegd = NUL;
            BigDecimal besteed = NUL;
            for (OpdrachtDocument o : Budgetberekening.vanGemeente(stand, gemeente)) {
                Teamsom deel = new Teamsom(Budgetberekening.uren(stand, o, gemeente, Grondslag.TOEGEZEGD),
                        Budgetberekening.uren(stand, o, gemeente, Grondslag.BESTEED), Budgetberekening.kosten(stand, o, gemeente, grondslag));
                perTeam.merge(o.getTeam(), deel, Teamsom::plus);
                toegezegd = toegezegd.add(deel.toegezegd());
                besteed = besteed.add(deel.besteed());
            }
            PcDocument.Budgetstand budget = Budgetberekening.budget(stand, gemeente, grondslag);
            BigDecimal kosten = budget == null ? Budgetberekening.kosten(stand, gemeente, grondslag) : budget.kosten();
            BigDecimal bijdrage = budget == null ? NUL : budget.bijdrage();
            BigDecimal meerwerk = budget == null ? kosten : budget.meerwerk();
            gemeenten.add(new Samenwerkingsdocument.Gemeentesaldo(gemeente, namen.getOrDefault(gemeente, gemeente), budget != null,
                    bijdrage, kosten, bijdrage.subtract(kosten), meerwerk));
            if (budget != null) {
                budget.perBudgetlijn().forEach((naam, lijn) -> perLijn.merge(naam, new Samenwerkingsdocument.Budgetlijntotaal(lijn.bedrag(),
                        lijn.kosten(), lijn.saldo(), lijn.meerwerk()), Samenwerkingsberekening::plus));
            }
            totaal = new Samenwerkingsdocument.Samenwerkingstotaal(totaal.bijdrage().add(bijdrage), totaal.kosten().add(kosten),
                    totaal.saldo().add(bijdrage.subtract(kosten)), totaal.meerwerk().add(meerwerk), totaal.toegezegdeUren().add(toegezegd),
                    totaal.besteedUren().add(besteed));
        }
        Verdeelsleutel sleutel = stand.sleutelVanHetJaar();
        Map<String, BigDecimal> aandelen = new TreeMap<>();
        if (sleutel != null) {
            sleutel.aandelen().keySet().forEach(g -> aandelen.put(g, sleutel.aandeel(g)));
        }
        return new Samenwerkingsdocument(samenwerking, stand.jaar(), soort, soort.naam() + " " + stand.jaar() + " van " + samenwerking,
                soort.doel(), stand.peilmoment().datum(), bekendOp, grootboek, grondslag.code(), totaal, aandelen, gemeenten,
                teams(stand, perTeam), perLijn, afrekening(totaal.saldo(), sleutel));
    }

    /** A team's hours and kosten, added up over the gemeenten and opdrachten. */
    private record Teamsom(BigDecimal toegezegd, BigDecimal besteed, BigDecimal kosten) {

        static final Teamsom GEEN = new Teamsom(NUL, NUL, NUL);

        Teamsom plus(Teamsom erbij) {
            return new Teamsom(toegezegd.add(erbij.toegezegd), besteed.add(erbij.besteed), kosten.add(erbij.kosten));
        }
    }

    private static Samenwerkingsdocument.Budgetlijntotaal plus(Samenwerkingsdocument.Budgetlijntotaal a,
                                                               Samenwerkingsdocument.Budgetlijntotaal b) {
        return new Samenwerkingsdocument.Budgetlijntotaal(a.bedrag().add(b.bedrag()), a.kosten().add(b.kosten()), a.saldo().add(b.saldo()),
                a.meerwerk().add(b.meerwerk()));
    }

    /**
     * The saldo divided by the verdeelsleutel, to the cent: each gemeente first gets its exact share rounded towards zero,
     * the cents left over go one by one to the largest remainders (ties: in code order), so the parts add up to the
     * saldo exactly. A shortfall is divided the same way, as negative amounts. Empty without a verdeelsleutel.
     */
    public static Map<String, BigDecimal> afrekening(BigDecimal saldo, Verdeelsleutel sleutel) {
        if (sleutel == null || sleutel.aandelen().values().stream().noneMatch(a -> a.signum() > 0)) {
            return Map.of();
        }
        Map<String, BigDecimal> delen = Verdeling.verdeel(saldo.abs().setScale(2), sleutel.aandelen());
        Map<String, BigDecimal> afrekening = new TreeMap<>();
        delen.forEach((gemeente, deel) -> afrekening.put(gemeente, saldo.signum() < 0 ? deel.negate() : deel));
        return afrekening;
    }

    private static List<Samenwerkingsdocument.Teamstand> teams(Jaarstand stand, Map<String, Teamsom> perTeam) {
        TreeSet<String> teams = new TreeSet<>(perTeam.keySet());
        teams.addAll(stand.werkplannen().keySet());
        teams.addAll(stand.formaties().keySet());
        List<Samenwerkingsdocument.Teamstand> standen = new ArrayList<>();
        for (String team : teams) {
            Teamsom som = perTeam.getOrDefault(team, Teamsom.GEEN);
            WerkplanDocument plan = stand.werkplannen().get(team);
            standen.add(new Samenwerkingsdocument.Teamstand(team, som.toegezegd(), som.besteed(), stand.tarief(team), som.kosten(),
                    plan == null ? null : plan.capaciteit(), Capaciteit.Formatiestand.van(stand.formaties().get(team))));
        }
        return standen;
    }
}
