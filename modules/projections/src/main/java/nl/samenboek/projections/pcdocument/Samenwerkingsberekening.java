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
        Map<String, BigDecimal[]> perTeam = new TreeMap<>();
        Map<String, BigDecimal[]> perLijn = new TreeMap<>();
        BigDecimal bijdrage = NUL;
        BigDecimal kosten = NUL;
        BigDecimal meerwerk = NUL;
        BigDecimal toegezegd = NUL;
        BigDecimal besteed = NUL;
        for (String gemeente : new TreeSet<>(stand.gemeenten())) {
            for (OpdrachtDocument o : Budgetberekening.vanGemeente(stand, gemeente)) {
                BigDecimal[] team = perTeam.computeIfAbsent(o.getTeam(), t -> new BigDecimal[]{NUL, NUL, NUL});
                BigDecimal uren = Budgetberekening.uren(stand, o, gemeente, Grondslag.TOEGEZEGD);
                BigDecimal bestedeUren = Budgetberekening.uren(stand, o, gemeente, Grondslag.BESTEED);
                team[0] = team[0].add(uren);
                team[1] = team[1].add(bestedeUren);
                team[2] = team[2].add(Budgetberekening.kosten(stand, o, gemeente, grondslag));
                toegezegd = toegezegd.add(uren);
                besteed = besteed.add(bestedeUren);
            }
            PcDocument.Budgetstand budget = Budgetberekening.budget(stand, gemeente, grondslag);
            BigDecimal eigenKosten = budget == null ? Budgetberekening.kosten(stand, gemeente, grondslag) : budget.kosten();
            BigDecimal eigenBijdrage = budget == null ? NUL : budget.bijdrage();
            BigDecimal eigenMeerwerk = budget == null ? eigenKosten : budget.meerwerk();
            gemeenten.add(new Samenwerkingsdocument.Gemeentesaldo(gemeente, namen.getOrDefault(gemeente, gemeente), budget != null,
                    eigenBijdrage, eigenKosten, eigenBijdrage.subtract(eigenKosten), eigenMeerwerk));
            if (budget != null) {
                budget.perBudgetlijn().forEach((naam, lijn) -> {
                    BigDecimal[] som = perLijn.computeIfAbsent(naam, n -> new BigDecimal[]{NUL, NUL, NUL});
                    som[0] = som[0].add(lijn.bedrag());
                    som[1] = som[1].add(lijn.kosten());
                    som[2] = som[2].add(lijn.meerwerk());
                });
            }
            bijdrage = bijdrage.add(eigenBijdrage);
            kosten = kosten.add(eigenKosten);
            meerwerk = meerwerk.add(eigenMeerwerk);
        }
        BigDecimal saldo = bijdrage.subtract(kosten);
        Verdeelsleutel sleutel = stand.sleutelVanHetJaar();
        Map<String, BigDecimal> aandelen = new TreeMap<>();
        if (sleutel != null) {
            sleutel.aandelen().keySet().forEach(g -> aandelen.put(g, sleutel.aandeel(g)));
        }
        Map<String, Samenwerkingsdocument.Budgetlijntotaal> lijnen = new TreeMap<>();
        perLijn.forEach((naam, som) -> lijnen.put(naam, new Samenwerkingsdocument.Budgetlijntotaal(som[0], som[1], som[0].subtract(som[1]),
                som[2])));
        return new Samenwerkingsdocument(samenwerking, stand.jaar(), soort, soort.naam() + " " + stand.jaar() + " van " + samenwerking,
                soort.doel(), stand.peilmoment().datum(), bekendOp, grootboek, grondslag.code(),
                new Samenwerkingsdocument.Samenwerkingstotaal(bijdrage, kosten, saldo, meerwerk, toegezegd, besteed), aandelen, gemeenten,
                teams(stand, perTeam), lijnen, afrekening(saldo, sleutel));
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

    private static List<Samenwerkingsdocument.Teamstand> teams(Jaarstand stand, Map<String, BigDecimal[]> perTeam) {
        TreeSet<String> teams = new TreeSet<>(perTeam.keySet());
        teams.addAll(stand.werkplannen().keySet());
        teams.addAll(stand.formaties().keySet());
        List<Samenwerkingsdocument.Teamstand> standen = new ArrayList<>();
        for (String team : teams) {
            BigDecimal[] som = perTeam.getOrDefault(team, new BigDecimal[]{NUL, NUL, NUL});
            WerkplanDocument plan = stand.werkplannen().get(team);
            standen.add(new Samenwerkingsdocument.Teamstand(team, som[0], som[1], stand.tarief(team), som[2],
                    plan == null ? null : plan.capaciteit(), Capaciteit.Formatiestand.van(stand.formaties().get(team))));
        }
        return standen;
    }
}
