package nl.samenboek.projections.capaciteit;

import nl.samenboek.domain.opdracht.Vroegsignalering;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes the capacity picture of a jaar from a {@link Jaarstand}. */
public final class Capaciteitsberekening {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Capaciteitsberekening() {
    }

    public static Capaciteit bereken(Jaarstand stand) {
        Map<String, BigDecimal> toegezegd = nullen(stand.gemeenten());
        Map<String, BigDecimal> besteed = nullen(stand.gemeenten());
        Map<String, BigDecimal> kosten = nullen(stand.gemeenten());
        Map<String, BigDecimal> besteedKosten = nullen(stand.gemeenten());
        Map<String, Capaciteit.Uren> perTeam = new TreeMap<>();
        Map<String, List<Capaciteit.Overschrijding>> overschrijdingen = new TreeMap<>();
        Map<String, Capaciteit.Uren> perCategorie = new TreeMap<>();
        Map<String, Capaciteit.Uren> perSoort = new TreeMap<>();
        for (Soort soort : Soort.values()) {
            perSoort.put(soort.code(), Capaciteit.Uren.GEEN);
        }
        Map<String, Capaciteit.Uren> perHerkomst = perHerkomst();
        Map<String, Map<String, Capaciteit.Uren>> perGemeentePerHerkomst = new TreeMap<>();
        stand.gemeenten().forEach(g -> perGemeentePerHerkomst.put(g, perHerkomst()));
        List<Capaciteit.Signaal> signalen = new ArrayList<>();
        for (OpdrachtDocument opdracht : stand.opdrachten()) {
            Map<String, BigDecimal> toe = stand.toegezegd(opdracht);
            Map<String, BigDecimal> bes = stand.besteed(opdracht);
            BigDecimal tarief = stand.tarief(opdracht.getTeam());
            toe.forEach((g, uren) -> {
                toegezegd.merge(g, uren, BigDecimal::add);
                kosten.merge(g, euro(uren.multiply(tarief)), BigDecimal::add);
            });
            bes.forEach((g, uren) -> {
                besteed.merge(g, uren, BigDecimal::add);
                besteedKosten.merge(g, euro(uren.multiply(tarief)), BigDecimal::add);
            });
            Capaciteit.Uren uren = new Capaciteit.Uren(som(toe), som(bes));
            tel(perTeam, opdracht.getTeam(), uren);
            tel(perCategorie, opdracht.getCategorie().code(), uren);
            tel(perSoort, opdracht.getSoort().code(), uren);
            String herkomst = opdracht.herkomstOfNietOpgegeven().soort().code();
            tel(perHerkomst, herkomst, uren);
            for (String gemeente : stand.gemeenten()) {
                Capaciteit.Uren deel = new Capaciteit.Uren(toe.getOrDefault(gemeente, NUL), bes.getOrDefault(gemeente, NUL));
                tel(perGemeentePerHerkomst.get(gemeente), herkomst, deel);
            }
            opdracht.getOverschrijdingen().stream().filter(o -> o.jaar() == stand.jaar())
                    .forEach(o -> overschrijdingen.computeIfAbsent(opdracht.getTeam(), t -> new ArrayList<>())
                            .add(new Capaciteit.Overschrijding(opdracht.getId(), o.boven(), o.reden(), opdracht.getGemeenten())));
            Vroegsignalering.beoordeel(stand.jaar(), uren.toegezegdeUren(), opdracht.besteedIn(stand.jaar()), stand.peilmoment().datum())
                    .ifPresent(s -> signalen.add(new Capaciteit.Signaal(opdracht.getId(), opdracht.getTitel(), opdracht.getTeam(),
                            opdracht.getGemeenten(), s.toegezegd(), s.besteed(), s.verwacht(), s.overschrijding())));
        }
        BigDecimal alles = som(toegezegd);
        Verdeelsleutel sleutel = stand.sleutelVanHetJaar();
        List<Capaciteit.Gemeente> gemeenten = new ArrayList<>();
        for (String gemeente : stand.gemeenten()) {
            BigDecimal aandeelUren = alles.signum() == 0 ? BigDecimal.ZERO : toegezegd.get(gemeente).divide(alles, 4, RoundingMode.HALF_EVEN);
            BigDecimal sleutelAandeel = sleutel == null ? BigDecimal.ZERO
                    : sleutel.aandeel(gemeente).setScale(4, RoundingMode.HALF_EVEN);
            gemeenten.add(new Capaciteit.Gemeente(gemeente, toegezegd.get(gemeente), besteed.get(gemeente), kosten.get(gemeente),
                    besteedKosten.get(gemeente), aandeelUren, sleutelAandeel, aandeelUren.subtract(sleutelAandeel),
                    perGemeentePerHerkomst.get(gemeente)));
        }
        TreeSet<String> teams = new TreeSet<>(perTeam.keySet());
        teams.addAll(stand.werkplannen().keySet());
        teams.addAll(stand.formaties().keySet());
        List<Capaciteit.Team> teamstanden = new ArrayList<>();
        for (String team : teams) {
            Capaciteit.Uren uren = perTeam.getOrDefault(team, Capaciteit.Uren.GEEN);
            WerkplanDocument plan = stand.werkplannen().get(team);
            BigDecimal tarief = stand.tarief(team);
            BigDecimal teamKosten = euro(uren.toegezegdeUren().multiply(tarief));
            List<Capaciteit.Overschrijding> boven = overschrijdingen.getOrDefault(team, List.of());
            Capaciteit.Formatiestand formatie = Capaciteit.Formatiestand.van(stand.formaties().get(team));
            teamstanden.add(plan == null
                    ? Capaciteit.Team.zonderWerkplan(team, uren, boven, tarief, teamKosten, formatie)
                    : Capaciteit.Team.metWerkplan(team, plan, uren, boven, tarief, teamKosten, formatie));
        }
        BigDecimal maatwerk = perSoort.get(Soort.MAATWERK.code()).toegezegdeUren();
        BigDecimal totaalSoort = maatwerk.add(perSoort.get(Soort.STANDAARD.code()).toegezegdeUren());
        return new Capaciteit(stand.jaar(), stand.peilmoment().datum(), stand.peilmoment().bekendOp(), sleutel, gemeenten, teamstanden,
                perCategorie, perSoort,
                totaalSoort.signum() == 0 ? BigDecimal.ZERO : maatwerk.divide(totaalSoort, 4, RoundingMode.HALF_EVEN), signalen,
                perHerkomst);
    }

    /** Every herkomst at 0 hours, in the order of the nota's list, niet-opgegeven last. */
    private static Map<String, Capaciteit.Uren> perHerkomst() {
        Map<String, Capaciteit.Uren> per = new java.util.LinkedHashMap<>();
        for (Herkomstsoort soort : Herkomstsoort.values()) {
            per.put(soort.code(), Capaciteit.Uren.GEEN);
        }
        return per;
    }

    private static void tel(Map<String, Capaciteit.Uren> per, String sleutel, Capaciteit.Uren erbij) {
        per.put(sleutel, per.getOrDefault(sleutel, Capaciteit.Uren.GEEN).plus(erbij));
    }

    private static Map<String, BigDecimal> nullen(List<String> gemeenten) {
        Map<String, BigDecimal> map = new TreeMap<>();
        gemeenten.forEach(g -> map.put(g, NUL));
        return map;
    }

    private static BigDecimal som(Map<String, BigDecimal> delen) {
        return delen.values().stream().reduce(NUL, BigDecimal::add);
    }

    private static BigDecimal euro(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_EVEN);
    }
}
