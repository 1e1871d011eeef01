package nl.samenboek.projections.groeimodel;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.capaciteit.WerkplanDocument;
import nl.samenboek.projections.opdracht.OpdrachtBouwer;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year 2021 computed by hand, the same scenario as the application's GroeimodelScenarioIT, here folded from events
 * without Spring or MongoDB:
 * <pre>
 * A joint standaard, all three, beleid, scenario-ruimte: 400 h by key 1:1:2 → H 100, L 100, T 200; output afspraak
 * B maatwerk Lisse, dienstverlening, scenario-publiek:   150 h → L 150; outcome afspraak
 * C joint Hillegom+Teylingen, bedrijfsvoering, scenario-ruimte: 90 h, own verdeling H 60, T 30 (an overschrijding of 10 h)
 * D Lisse, beleid, begrotingsjaar 2021, accepted, no hours → geen
 * registered: A 8 + 4 h (by key: H 3, L 3, T 6), B 7.5 h (L), C 9 h (by verdeling: H 6, T 3)
 * tarief scenario-ruimte €100, scenario-publiek €80; werkplan scenario-ruimte 600 h, 20 % ontwikkeltijd → 480 planbaar
 * </pre>
 */
public final class Scenario2021 {

    public static final int JAAR = 2021;
    public static final String RUIMTE = "scenario-ruimte";
    public static final String PUBLIEK = "scenario-publiek";
    public static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    /** HLTsamen's verdeelsleutel 1:1:2, in force since 2017. */
    public static final Verdeelsleutel HLT = new Verdeelsleutel(LocalDate.of(2017, 1, 1),
            Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE, "teylingen", new BigDecimal("2")));

    private Scenario2021() {
    }

    public static OpdrachtDocument opdrachtA() {
        return OpdrachtBouwer.aanvraag("Scenario A").door("hillegom", "lisse", "teylingen").categorie(Categorie.BELEID).team(RUIMTE)
                .aangevraagd().medeondertekendDoorAllen().aanvaard()
                .toegezegd(JAAR, "400")
                .outputAfgesproken("Vastgestelde beleidsnota's", JAAR)
                .geregistreerd("2021-03-01", "8").geregistreerd("2021-03-02", "4")
                .document();
    }

    public static OpdrachtDocument opdrachtB() {
        return OpdrachtBouwer.aanvraag("Scenario B").door("lisse").categorie(Categorie.DIENSTVERLENING).maatwerk().team(PUBLIEK)
                .aangevraagd().aanvaard()
                .toegezegd(JAAR, "150")
                .outcomeAfgesproken("Tevredenheid inwoners over het loket", JAAR)
                .geregistreerd("2021-05-10", "7.5")
                .document();
    }

    /** 90 hours take scenario-ruimte to 490, 10 above its 480 plannable hours: accepted with a reason. */
    public static OpdrachtDocument opdrachtC() {
        return OpdrachtBouwer.aanvraag("Scenario C").door("hillegom", "teylingen").categorie(Categorie.BEDRIJFSVOERING).team(RUIMTE)
                .aangevraagd().medeondertekendDoorAllen().aanvaard()
                .toegezegd(JAAR, "90", Map.of("hillegom", "60", "teylingen", "30"))
                .overschreden(RUIMTE, JAAR, "10", "Extra vraag bedrijfsvoering na de reorganisatie")
                .geregistreerd("2021-06-01", "9")
                .document();
    }

    public static OpdrachtDocument opdrachtD() {
        return OpdrachtBouwer.aanvraag("Scenario D").door("lisse").categorie(Categorie.BELEID).team(PUBLIEK).begrotingsjaar(JAAR)
                .aangevraagd().aanvaard()
                .document();
    }

    /** Everything the figures of 2021 are computed from, as it stands at the end of that year. */
    public static Jaarstand jaarstand() {
        return jaarstand(opdrachtA(), opdrachtB(), opdrachtC(), opdrachtD());
    }

    /** The scenario's gemeenten, verdeelsleutel, werkplan and tarieven, with other opdrachten. */
    public static Jaarstand jaarstand(OpdrachtDocument... opdrachten) {
        return new Jaarstand(JAAR, new Peilmoment(LocalDate.of(JAAR, 12, 31), null), List.of(opdrachten), GEMEENTEN, List.of(HLT),
                Map.of(RUIMTE, werkplan(RUIMTE, "600", Map.of("hillegom", "150", "lisse", "100", "teylingen", "200"))),
                Map.of(RUIMTE, new BigDecimal("100"), PUBLIEK, new BigDecimal("80")));
    }

    /** A werkplan with the nota's 20 % ontwikkeltijd. */
    public static WerkplanDocument werkplan(String team, String capaciteit, Map<String, String> gepland) {
        BigDecimal uren = new BigDecimal(capaciteit);
        BigDecimal percentage = new BigDecimal("20");
        BigDecimal ontwikkeltijd = uren.multiply(percentage).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal planbaar = uren.subtract(ontwikkeltijd);
        Map<String, BigDecimal> perGemeente = new TreeMap<>();
        gepland.forEach((gemeente, deel) -> perGemeente.put(gemeente, new BigDecimal(deel)));
        BigDecimal vrijeRuimte = planbaar.subtract(perGemeente.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        return new WerkplanDocument("werkplan-" + team + "-" + JAAR, team, JAAR, uren, percentage, ontwikkeltijd, planbaar, perGemeente,
                vrijeRuimte, 1, Instant.parse("2021-01-04T08:00:00Z"));
    }
}
