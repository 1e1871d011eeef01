package nl.samenboek.projections.monitor;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.groeimodel.Groeimodel;
import nl.samenboek.projections.groeimodel.Groeimodelberekening;
import nl.samenboek.projections.groeimodel.Groeimodelnormen;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes the 3K+S indicators (docs/monitor.md) on a peildatum from what the ledger says then: the jaar's
 * {@link Jaarstand} (hours, werkplannen, tarieven, verdeelsleutel), the uitvoeringsagenda, and the opdrachten with
 * afspraken or an opleverdatum. A pure function, tested without Spring on a hand-computed year. Fractions have four
 * decimals, euros two; a value is null when there is nothing to count.
 */
public final class Monitorberekening {

    private static final int FRACTIE = 4;

    /** Everything the indicators of one peildatum are computed from. */
    public record Invoer(LocalDate peildatum, Jaarstand stand, Groeimodelnormen normen, List<Aanbevelingen.Agendaregel> agenda,
                         List<OpdrachtDocument> metAfspraken, List<OpdrachtDocument> metOpleverdatum) {
    }

    private Monitorberekening() {
    }

    public static Map<Indicator, Indicatorwaarde> bereken(Invoer invoer) {
        Jaarstand stand = invoer.stand();
        Capaciteit capaciteit = Capaciteitsberekening.bereken(stand);
        List<String> gemeenten = stand.gemeenten();
        Map<Indicator, Indicatorwaarde> waarden = new EnumMap<>(Indicator.class);

        Capaciteit.Gemeente totaal = capaciteit.gemeenten().stream().reduce(
                new Capaciteit.Gemeente(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null),
                (a, b) -> new Capaciteit.Gemeente(null, a.toegezegdeUren().add(b.toegezegdeUren()), a.besteedUren().add(b.besteedUren()),
                        a.kosten().add(b.kosten()), a.besteedKosten().add(b.besteedKosten()), null, null, null, null));
        waarden.put(Indicator.KOSTEN_PER_TOEGEZEGD_UUR, perRij(capaciteit, totaal, r -> deel(r.kosten(), r.toegezegdeUren(), 2)));
        waarden.put(Indicator.BESTEED_TEGEN_TOEGEZEGD, perRij(capaciteit, totaal,
                r -> deel(r.besteedUren(), r.toegezegdeUren(), FRACTIE)));

        waarden.put(Indicator.AFSPRAKEN_BEHAALD, perGemeente(gemeenten, g -> afsprakenBehaald(invoer, g)));
        waarden.put(Indicator.TIJDIG_OPGELEVERD, perGemeente(gemeenten, g -> tijdigOpgeleverd(invoer, g)));

        List<Capaciteit.Team> gepland = capaciteit.teams().stream().filter(t -> "gepland".equals(t.status())).toList();
        waarden.put(Indicator.TEAMS_BOVEN_CAPACITEIT, new Indicatorwaarde(
                BigDecimal.valueOf(gepland.stream().filter(t -> t.boven().signum() > 0).count()), null));
        waarden.put(Indicator.ONTWIKKELTIJD_GERESPECTEERD, new Indicatorwaarde(deel(
                BigDecimal.valueOf(gepland.stream().filter(t -> Boolean.TRUE.equals(t.ontwikkeltijdGerespecteerd())).count()),
                BigDecimal.valueOf(gepland.size()), FRACTIE), null));
        waarden.put(Indicator.AANDEEL_MAATWERK, perGemeente(gemeenten, g -> aandeelMaatwerk(stand, g)));

        Map<String, Groeimodel> groeimodellen = new TreeMap<>();
        groeimodellen.put("", Groeimodelberekening.bereken(stand, null, invoer.normen()));
        gemeenten.forEach(g -> groeimodellen.put(g, Groeimodelberekening.bereken(stand, g, invoer.normen())));
        waarden.put(Indicator.AANDEEL_OUTPUT, perGemeente(gemeenten, g -> aandeel(groeimodellen.get(g == null ? "" : g),
                Groeimodel::aandeelOutput)));
        waarden.put(Indicator.AANDEEL_OUTCOME, perGemeente(gemeenten, g -> aandeel(groeimodellen.get(g == null ? "" : g),
                Groeimodel::aandeelOutcome)));

        List<Aanbevelingen.Agendaregel> agenda = invoer.agenda();
        waarden.put(Indicator.AANBEVELINGEN_GEREALISEERD, new Indicatorwaarde(deel(
                BigDecimal.valueOf(agenda.stream().filter(a -> a.status() == Agendastatus.GEREALISEERD).count()),
                BigDecimal.valueOf(agenda.stream().filter(a -> a.status() != Agendastatus.VERVALLEN).count()), FRACTIE), null));
        waarden.put(Indicator.AANBEVELINGEN_TE_LAAT, new Indicatorwaarde(agenda.isEmpty() ? null
                : BigDecimal.valueOf(agenda.stream().filter(a -> a.status() == Agendastatus.TE_LAAT).count()), null));

        Map<String, BigDecimal> afwijking = new TreeMap<>();
        boolean uren = totaal.toegezegdeUren().signum() > 0;
        capaciteit.gemeenten().forEach(r -> afwijking.put(r.gemeente(), uren ? r.afwijking().abs().setScale(FRACTIE, RoundingMode.HALF_EVEN) : null));
        waarden.put(Indicator.VERDEELSLEUTEL_AFWIJKING, new Indicatorwaarde(
                afwijking.values().stream().filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).orElse(null), afwijking));
        return waarden;
    }

    private static Indicatorwaarde perRij(Capaciteit capaciteit, Capaciteit.Gemeente totaal, Function<Capaciteit.Gemeente, BigDecimal> f) {
        Map<String, BigDecimal> per = new TreeMap<>();
        capaciteit.gemeenten().forEach(r -> per.put(r.gemeente(), f.apply(r)));
        return new Indicatorwaarde(f.apply(totaal), per);
    }

    /** The value for the samenwerking (gemeente null) and for each gemeente. */
    private static Indicatorwaarde perGemeente(List<String> gemeenten, Function<String, BigDecimal> f) {
        Map<String, BigDecimal> per = new TreeMap<>();
        gemeenten.forEach(g -> per.put(g, f.apply(g)));
        return new Indicatorwaarde(f.apply(null), per);
    }

    private static Predicate<OpdrachtDocument> van(String gemeente) {
        return o -> gemeente == null || o.betreft(gemeente);
    }

    private static boolean lopendOfAf(OpdrachtDocument o) {
        return o.getStatus() != OpdrachtStatus.AFGEWEZEN && o.getStatus() != OpdrachtStatus.INGETROKKEN
                && o.getStatus() != OpdrachtStatus.GEWEIGERD;
    }

    /** Of the afspraken in force whose meetmoment fell in the jaar, by the peildatum: the share whose latest value reached it. */
    private static BigDecimal afsprakenBehaald(Invoer invoer, String gemeente) {
        LocalDate peildatum = invoer.peildatum();
        long due = 0;
        long behaald = 0;
        for (OpdrachtDocument o : invoer.metAfspraken().stream().filter(van(gemeente)).filter(Monitorberekening::lopendOfAf).toList()) {
            for (OpdrachtDocument.Afspraak a : o.getAfspraken()) {
                if (!a.geldt() || a.meetmoment().getYear() != peildatum.getYear() || a.meetmoment().isAfter(peildatum)) {
                    continue;
                }
                due++;
                OpdrachtDocument.Meting laatste = laatsteTot(a, peildatum);
                if (laatste != null && laatste.waarde().compareTo(a.streefwaarde()) >= 0) {
                    behaald++;
                }
            }
        }
        return deel(BigDecimal.valueOf(behaald), BigDecimal.valueOf(due), FRACTIE);
    }

    /** The latest value measured for the afspraak about a day not after the peildatum. */
    static OpdrachtDocument.Meting laatsteTot(OpdrachtDocument.Afspraak afspraak, LocalDate peildatum) {
        return afspraak.metingen().stream().filter(m -> !m.peildatum().isAfter(peildatum))
                .max(java.util.Comparator.comparing(OpdrachtDocument.Meting::peildatum).thenComparing(OpdrachtDocument.Meting::vastgelegdOp))
                .orElse(null);
    }

    /** Of the opdrachten with an opleverdatum completed in the jaar by the peildatum: the share completed by that date. */
    private static BigDecimal tijdigOpgeleverd(Invoer invoer, String gemeente) {
        LocalDate peildatum = invoer.peildatum();
        List<OpdrachtDocument> geleverd = invoer.metOpleverdatum().stream().filter(van(gemeente))
                .filter(o -> o.getStatus() == OpdrachtStatus.AFGEROND && o.getGeleverdOp() != null && o.getOpleverdatum() != null
                        && o.getGeleverdOp().getYear() == peildatum.getYear() && !o.getGeleverdOp().isAfter(peildatum))
                .toList();
        long tijdig = geleverd.stream().filter(o -> !o.getGeleverdOp().isAfter(o.getOpleverdatum())).count();
        return deel(BigDecimal.valueOf(tijdig), BigDecimal.valueOf(geleverd.size()), FRACTIE);
    }

    private static BigDecimal aandeelMaatwerk(Jaarstand stand, String gemeente) {
        BigDecimal maatwerk = BigDecimal.ZERO;
        BigDecimal alle = BigDecimal.ZERO;
        for (OpdrachtDocument o : stand.opdrachten()) {
            Map<String, BigDecimal> delen = stand.toegezegd(o);
            BigDecimal uren = gemeente == null ? delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : delen.getOrDefault(gemeente, BigDecimal.ZERO);
            alle = alle.add(uren);
            if (o.getSoort() == Soort.MAATWERK) {
                maatwerk = maatwerk.add(uren);
            }
        }
        return deel(maatwerk, alle, FRACTIE);
    }

    private static BigDecimal aandeel(Groeimodel groeimodel, Function<Groeimodel, BigDecimal> aandeel) {
        return groeimodel.totaalUren().signum() == 0 ? null : aandeel.apply(groeimodel).setScale(FRACTIE, RoundingMode.HALF_EVEN);
    }

    /** teller ÷ noemer, or null when there is nothing to divide by. */
    private static BigDecimal deel(BigDecimal teller, BigDecimal noemer, int decimalen) {
        return noemer == null || noemer.signum() == 0 ? null : teller.divide(noemer, decimalen, RoundingMode.HALF_EVEN);
    }
}
