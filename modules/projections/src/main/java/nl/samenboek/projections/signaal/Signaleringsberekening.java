package nl.samenboek.projections.signaal;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.WerkplanDocument;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.signaal.Signaal.Betrokken;
import nl.samenboek.projections.signaal.Signaal.Ernst;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every signal as of a peildatum, from the figures of its jaar (a {@link Jaarstand}), the opdrachten past their
 * opleverdatum and the uitvoeringsagenda (docs/signalen.md says when each one goes up, how serious it is and from
 * when). Pure: no Spring, no database.
 */
public final class Signaleringsberekening {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private Signaleringsberekening() {
    }

    /**
     * @param capaciteit the capacity of the jaarstand (its early warnings are the {@code uren-overschrijding} signals)
     * @param lopend     the opdrachten open at the peildatum, of any jaar, as they stood then
     * @param agenda     the uitvoeringsagenda as of the peildatum
     */
    public static List<Signaal> bereken(Jaarstand stand, Capaciteit capaciteit, List<OpdrachtDocument> lopend,
                                        List<Aanbevelingen.Agendaregel> agenda, Signaalnormen normen) {
        LocalDate peildatum = stand.peilmoment().datum();
        List<Signaal> signalen = new ArrayList<>();
        for (OpdrachtDocument o : lopend) {
            if (o.isTeLaat(peildatum)) {
                signalen.add(opdrachtsignaal(Signaal.Soort.OPLEVERING_TE_LAAT, Ernst.HOOG, o, "Nog niet afgerond, terwijl de "
                        + "opleverdatum " + o.getOpleverdatum() + " voorbij is.", o.getOpleverdatum().plusDays(1), null));
            }
            if (o.getHerkomst() == null) {
                signalen.add(opdrachtsignaal(Signaal.Soort.HERKOMST_ONTBREEKT, Ernst.LAAG, o, "Niet vastgelegd waar deze opdracht "
                        + "vandaan komt (collegebesluit, raadsmotie, wettelijke taak…).", dag(o.getAangevraagdOp()), null));
            }
        }
        for (Capaciteit.Signaal s : capaciteit.signalen()) {
            signalen.add(new Signaal(Signaal.Soort.UREN_OVERSCHRIJDING, Ernst.MIDDEN, s.gemeenten().size() == 1 ? s.gemeenten().get(0) : null,
                    List.copyOf(s.gemeenten()), s.opdracht(), s.team(), null, "De bestede uren, doorgetrokken over " + stand.jaar()
                    + ", komen op " + s.verwacht().toPlainString() + " uur: meer dan 10 % boven de " + s.toegezegd().toPlainString()
                    + " toegezegde.", peildatum, null, s.overschrijding(),
                    List.of(new Betrokken(s.opdracht(), s.titel(), List.copyOf(s.gemeenten())))));
        }
        stand.opdrachten().forEach(o -> resultaten(o, peildatum, signalen));
        teams(stand, capaciteit, signalen);
        gemeenten(stand, capaciteit, normen, signalen);
        for (Aanbevelingen.Agendaregel regel : agenda) {
            if (regel.status() == Agendastatus.TE_LAAT) {
                // the earliest stap past its deadline (a recommendation is te-laat only through a stap that is)
                LocalDate deadline = regel.stappen().stream().filter(s -> s.status() == Agendastatus.TE_LAAT && s.deadline() != null)
                        .map(Aanbevelingen.Stap::deadline).min(Comparator.naturalOrder()).orElse(regel.deadline());
                signalen.add(new Signaal(Signaal.Soort.AANBEVELING_TE_LAAT, Ernst.HOOG, null, List.of(), null, null, regel.letter(),
                        "Aanbeveling " + regel.letter() + " (" + regel.titel() + ") is niet gerealiseerd, terwijl haar deadline "
                                + deadline + " voorbij is.", deadline == null ? peildatum : deadline.plusDays(1),
                        null, null, List.of()));
            }
        }
        signalen.sort(Comparator.comparing(Signaal::ernst).thenComparing(Signaal::soort).thenComparing(Signaal::sinds)
                .thenComparing(s -> Objects.toString(s.opdracht(), "")).thenComparing(s -> Objects.toString(s.team(), ""))
                .thenComparing(s -> Objects.toString(s.gemeente(), "")).thenComparing(s -> Objects.toString(s.aanbeveling(), "")));
        return signalen;
    }

    /** A measured result below its streefwaarde once its meetmoment has come. */
    private static void resultaten(OpdrachtDocument o, LocalDate peildatum, List<Signaal> signalen) {
        for (OpdrachtDocument.Afspraak a : o.getAfspraken()) {
            if (!a.geldt() || a.meetmoment().isAfter(peildatum)) {
                continue;
            }
            a.metingen().stream().filter(m -> !m.peildatum().isAfter(peildatum))
                    .max(Comparator.comparing(OpdrachtDocument.Meting::peildatum).thenComparing(OpdrachtDocument.Meting::vastgelegdOp))
                    .filter(m -> m.waarde().compareTo(a.streefwaarde()) < 0)
                    .ifPresent(m -> signalen.add(opdrachtsignaal(Signaal.Soort.RESULTAAT_ONDER_STREEFWAARDE, Ernst.MIDDEN, o,
                            "De " + a.soort().code() + "afspraak '" + a.indicator() + "' haalt " + m.waarde().toPlainString() + " "
                                    + a.eenheid() + " tegen een streefwaarde van " + a.streefwaarde().toPlainString() + ".",
                            m.peildatum(), null)));
        }
    }

    private static void teams(Jaarstand stand, Capaciteit capaciteit, List<Signaal> signalen) {
        Map<String, List<OpdrachtDocument>> perTeam = new TreeMap<>();
        stand.opdrachten().stream().filter(Signaleringsberekening::isLopend)
                .forEach(o -> perTeam.computeIfAbsent(o.getTeam(), t -> new ArrayList<>()).add(o));
        for (Capaciteit.Team team : capaciteit.teams()) {
            List<OpdrachtDocument> opdrachten = perTeam.getOrDefault(team.team(), List.of());
            WerkplanDocument plan = stand.werkplannen().get(team.team());
            if (plan == null) {
                if (!opdrachten.isEmpty()) {
                    signalen.add(teamsignaal(Signaal.Soort.TEAM_ZONDER_WERKPLAN, Ernst.LAAG, team.team(), "Team " + team.team()
                            + " heeft opdrachten in " + stand.jaar() + " maar geen werkplan voor dat jaar.", vroegste(opdrachten),
                            opdrachten, team.toegezegd()));
                }
                continue;
            }
            List<OpdrachtDocument> toegezegd = opdrachten.stream().filter(o -> o.toezegging(stand.jaar()).isPresent()).toList();
            if (team.boven() != null && team.boven().signum() > 0) {
                signalen.add(teamsignaal(Signaal.Soort.TEAM_BOVEN_CAPACITEIT, Ernst.HOOG, team.team(), "Team " + team.team() + " heeft "
                        + team.boven().toPlainString() + " uur meer toegezegd dan zijn werkplan planbaar maakt in " + stand.jaar()
                        + " (ontwikkeltijd niet meegerekend).", laatsteToezegging(toegezegd, stand), toegezegd, team.boven()));
            } else if (team.toegezegd().subtract(team.gepland()).compareTo(plan.vrijeRuimte()) >= 0 && plan.vrijeRuimte().signum() > 0) {
                signalen.add(teamsignaal(Signaal.Soort.VRIJE_RUIMTE_OP, Ernst.MIDDEN, team.team(), "De vrije ruimte van team "
                        + team.team() + " in " + stand.jaar() + " (" + plan.vrijeRuimte().toPlainString() + " uur) is toegezegd.",
                        laatsteToezegging(toegezegd, stand), toegezegd, plan.vrijeRuimte()));
            }
            List<OpdrachtDocument> aanvragen = opdrachten.stream().filter(o -> o.getBegrotingsjaar() == stand.jaar()
                    && (o.getStatus() == OpdrachtStatus.AANGEVRAAGD || o.getStatus() == OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING)).toList();
            BigDecimal gevraagd = aanvragen.stream().map(o -> o.getGeraamdeUren() == null ? BigDecimal.ZERO : o.getGeraamdeUren())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (gevraagd.compareTo(plan.vrijeRuimte()) > 0) {
                signalen.add(teamsignaal(Signaal.Soort.KNELPUNT, Ernst.HOOG, team.team(), aanvragen.size() + " open aanvragen voor team "
                        + team.team() + " ramen samen " + gevraagd.toPlainString() + " uur, meer dan de vrije ruimte van "
                        + plan.vrijeRuimte().toPlainString() + " uur in " + stand.jaar() + ": het bestuur kiest de prioriteiten.",
                        laatste(aanvragen), aanvragen, gevraagd));
            }
        }
    }

    private static void gemeenten(Jaarstand stand, Capaciteit capaciteit, Signaalnormen normen, List<Signaal> signalen) {
        LocalDate begin = LocalDate.of(stand.jaar(), 1, 1);
        Verdeelsleutel sleutel = stand.sleutelVanHetJaar();
        BigDecimal allesBesteed = capaciteit.gemeenten().stream().map(Capaciteit.Gemeente::besteedUren).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Capaciteit.Gemeente gemeente : capaciteit.gemeenten()) {
            if (sleutel != null && allesBesteed.signum() > 0) {
                BigDecimal aandeel = gemeente.besteedUren().divide(allesBesteed, 4, RoundingMode.HALF_EVEN);
                BigDecimal afwijking = aandeel.subtract(sleutel.aandeel(gemeente.gemeente()).setScale(4, RoundingMode.HALF_EVEN));
                if (afwijking.abs().compareTo(normen.verdeelsleutelMarge()) > 0) {
                    signalen.add(gemeentesignaal(Signaal.Soort.VERDEELSLEUTEL_AFWIJKING, gemeente.gemeente(), "De bestede uren voor "
                            + gemeente.gemeente() + " in " + stand.jaar() + " tot nu toe zijn " + procent(aandeel) + " van het geheel, "
                            + procent(afwijking.abs()) + " " + (afwijking.signum() > 0 ? "boven" : "onder") + " het aandeel in de "
                            + "verdeelsleutel.", begin, gemeente.besteedUren()));
                }
            }
            BigDecimal maatwerk = BigDecimal.ZERO;
            BigDecimal alles = BigDecimal.ZERO;
            for (OpdrachtDocument o : stand.opdrachten()) {
                BigDecimal uren = stand.toegezegd(o).getOrDefault(gemeente.gemeente(), BigDecimal.ZERO);
                alles = alles.add(uren);
                if (o.getSoort() == Soort.MAATWERK) {
                    maatwerk = maatwerk.add(uren);
                }
            }
            if (alles.signum() > 0 && maatwerk.divide(alles, 4, RoundingMode.HALF_EVEN).compareTo(normen.maatwerkNorm()) > 0) {
                signalen.add(gemeentesignaal(Signaal.Soort.MAATWERK_BOVEN_NORM, gemeente.gemeente(), procent(maatwerk.divide(alles, 4,
                        RoundingMode.HALF_EVEN)) + " van de toegezegde uren voor " + gemeente.gemeente() + " in " + stand.jaar()
                        + " is maatwerk; de nota gaat uit van hoogstens " + procent(normen.maatwerkNorm()) + ".", begin, maatwerk));
            }
        }
    }

    private static boolean isLopend(OpdrachtDocument o) {
        return o.getStatus() != null && !o.getStatus().isEindstatus();
    }

    private static Signaal opdrachtsignaal(Signaal.Soort soort, Ernst ernst, OpdrachtDocument o, String omschrijving, LocalDate sinds,
                                           BigDecimal uren) {
        return new Signaal(soort, ernst, o.getGemeenten().size() == 1 ? o.getGemeenten().get(0) : null, List.copyOf(o.getGemeenten()),
                o.getId(), o.getTeam(), null, omschrijving, sinds, null, uren, List.of(betrokken(o)));
    }

    private static Signaal teamsignaal(Signaal.Soort soort, Ernst ernst, String team, String omschrijving, LocalDate sinds,
                                       List<OpdrachtDocument> opdrachten, BigDecimal uren) {
        return new Signaal(soort, ernst, null, List.of(), null, team, null, omschrijving, sinds, opdrachten.size(), uren,
                opdrachten.stream().map(Signaleringsberekening::betrokken).toList());
    }

    private static Signaal gemeentesignaal(Signaal.Soort soort, String gemeente, String omschrijving, LocalDate sinds, BigDecimal uren) {
        return new Signaal(soort, Ernst.MIDDEN, gemeente, List.of(gemeente), null, null, null, omschrijving, sinds, null, uren, List.of());
    }

    private static Betrokken betrokken(OpdrachtDocument o) {
        return new Betrokken(o.getId(), o.getTitel(), List.copyOf(o.getGemeenten()));
    }

    private static LocalDate dag(java.time.Instant tijdstip) {
        return tijdstip.atZone(NL).toLocalDate();
    }

    private static LocalDate vroegste(List<OpdrachtDocument> opdrachten) {
        return opdrachten.stream().map(o -> dag(o.getAangevraagdOp())).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static LocalDate laatste(List<OpdrachtDocument> opdrachten) {
        return opdrachten.stream().map(o -> dag(o.getAangevraagdOp())).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static LocalDate laatsteToezegging(List<OpdrachtDocument> opdrachten, Jaarstand stand) {
        return opdrachten.stream().flatMap(o -> o.toezegging(stand.jaar()).stream()).map(t -> dag(t.vastgelegdOp()))
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(stand.jaar(), 1, 1));
    }

    private static String procent(BigDecimal fractie) {
        return fractie.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString().replace('.', ',') + " %";
    }
}
