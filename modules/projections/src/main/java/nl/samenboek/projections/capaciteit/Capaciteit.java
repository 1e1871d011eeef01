package nl.samenboek.projections.capaciteit;

import nl.samenboek.messages.samenwerking.Verdeelsleutel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Capacity of one jaar (docs/groeimodel.md, the capaciteit answer): per gemeente what it got against its verdeelsleutel
 * share (the fairness signal of the Berenschot evaluation), per team against its werkplan, per categorie, standaard
 * against maatwerk (the nota's 80/20), and early warnings. Serialised as it is: its components are the HTTP answer.
 *
 * @param verdeelsleutel the key valid on 1 January of the jaar
 * @param perHerkomst    the hours by where the work comes from (a raadsmotie, a wettelijke taak…; Berenschot 2019:
 *                       how much capacity goes to motions and council promises), every herkomst named, also at 0
 */
public record Capaciteit(int jaar, LocalDate peildatum, Instant bekendOp, Verdeelsleutel verdeelsleutel,
                         List<Gemeente> gemeenten, List<Team> teams, Map<String, Uren> perCategorie, Map<String, Uren> perSoort,
                         BigDecimal aandeelMaatwerk, List<Signaal> signalen, Map<String, Uren> perHerkomst) {

    /**
     * @param kosten        toegezegde uren × afdelingstarief (insight, not an invoice)
     * @param besteedKosten besteed uren × afdelingstarief
     * @param aandeelUren   the gemeente's toegezegde uren ÷ all toegezegde uren of the jaar
     * @param afwijking     aandeelUren − verdeelsleutelAandeel
     */
    public record Gemeente(String gemeente, BigDecimal toegezegdeUren, BigDecimal besteedUren, BigDecimal kosten,
                           BigDecimal besteedKosten, BigDecimal aandeelUren, BigDecimal verdeelsleutelAandeel, BigDecimal afwijking,
                           Map<String, Uren> perHerkomst) {
    }

    /**
     * @param status      {@code gepland} with a werkplan, {@code ongepland} without
     * @param boven       committed hours above the plannable capacity (0 when within)
     * @param ontwikkeltijdGerespecteerd whether the committed hours stay within capaciteit minus ontwikkeltijd
     * @param formatie    the team's formatie of the jaar beside its werkplan's capaciteit; null without one
     */
    public record Team(String team, String status, BigDecimal capaciteit, BigDecimal ontwikkeltijd, BigDecimal planbaar,
                       BigDecimal gepland, Map<String, BigDecimal> geplandPerGemeente, BigDecimal vrijeRuimte,
                       BigDecimal toegezegd, BigDecimal besteed, BigDecimal boven, Boolean ontwikkeltijdGerespecteerd,
                       List<Overschrijding> overschrijdingen, BigDecimal tarief, BigDecimal kosten, Formatiestand formatie) {

        /** A team without a werkplan for the jaar: its hours and costs, and null for every figure of a werkplan. */
        public static Team zonderWerkplan(String team, Uren uren, List<Overschrijding> overschrijdingen, BigDecimal tarief,
                                          BigDecimal kosten, Formatiestand formatie) {
            return new Team(team, "ongepland", null, null, null, null, null, null, uren.toegezegdeUren(), uren.besteedUren(),
                    null, null, overschrijdingen, tarief, kosten, formatie);
        }

        /** A team against its werkplan: {@code boven} is what its committed hours take it beyond the plannable hours. */
        public static Team metWerkplan(String team, WerkplanDocument plan, Uren uren, List<Overschrijding> overschrijdingen,
                                       BigDecimal tarief, BigDecimal kosten, Formatiestand formatie) {
            BigDecimal gepland = plan.gepland().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal boven = uren.toegezegdeUren().subtract(plan.planbaar()).max(BigDecimal.ZERO);
            return new Team(team, "gepland", plan.capaciteit(), plan.ontwikkeltijd(), plan.planbaar(), gepland, plan.gepland(),
                    plan.vrijeRuimte(), uren.toegezegdeUren(), uren.besteedUren(), boven, boven.signum() == 0, overschrijdingen,
                    tarief, kosten, formatie);
        }
    }

    /**
     * A team's formatie of the jaar (docs/groeimodel.md, formatie).
     *
     * @param beschikbareUren (fte − vacaturesFte) × urenPerFte + inhuurUren
     */
    public record Formatiestand(BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren, BigDecimal urenPerFte,
                                BigDecimal beschikbareUren) {

        /** The formatie, or null without one. */
        public static Formatiestand van(FormatieDocument formatie) {
            return formatie == null ? null : new Formatiestand(formatie.fte(), formatie.vacaturesFte(), formatie.inhuurUren(),
                    formatie.urenPerFte(), formatie.beschikbareUren());
        }
    }

    /** @param gemeenten the gemeenten of the opdracht, so a college or raad is shown only its own */
    public record Overschrijding(String opdracht, BigDecimal boven, String reden, List<String> gemeenten) {
    }

    /**
     * The capacity as a college or raad of {@code gemeente} may see it: every figure, but of another gemeente's
     * opdrachten no title, id or reason (the early warnings and overschrijdingen of its own opdrachten only).
     */
    public Capaciteit zichtbaarVoor(String gemeente) {
        List<Team> eigen = teams.stream().map(t -> new Team(t.team(), t.status(), t.capaciteit(), t.ontwikkeltijd(), t.planbaar(),
                t.gepland(), t.geplandPerGemeente(), t.vrijeRuimte(), t.toegezegd(), t.besteed(), t.boven(),
                t.ontwikkeltijdGerespecteerd(), t.overschrijdingen().stream().filter(o -> o.gemeenten().contains(gemeente)).toList(),
                t.tarief(), t.kosten(), t.formatie())).toList();
        return new Capaciteit(jaar, peildatum, bekendOp, verdeelsleutel, gemeenten, eigen, perCategorie, perSoort, aandeelMaatwerk,
                signalen.stream().filter(s -> s.gemeenten().contains(gemeente)).toList(), perHerkomst);
    }

    public record Uren(BigDecimal toegezegdeUren, BigDecimal besteedUren) {

        /** No hours, to two decimals. */
        public static final Uren GEEN = new Uren(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        public Uren plus(Uren erbij) {
            return new Uren(toegezegdeUren.add(erbij.toegezegdeUren), besteedUren.add(erbij.besteedUren));
        }
    }

    /** An opdracht whose registered hours, projected over the jaar, exceed its committed hours by more than 10 %. */
    public record Signaal(String opdracht, String titel, String team, List<String> gemeenten, BigDecimal toegezegd,
                          BigDecimal besteed, BigDecimal verwacht, BigDecimal overschrijding) {
    }
}
