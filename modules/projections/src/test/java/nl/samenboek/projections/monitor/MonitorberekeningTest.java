package nl.samenboek.projections.monitor;

import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.projections.groeimodel.Groeimodelnormen;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.groeimodel.Scenario2021;
import nl.samenboek.projections.opdracht.OpdrachtBouwer;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 3K+S indicators of the hand-computed year 2021 ({@link Scenario2021}), without Spring or MongoDB. Toegezegd:
 * hillegom 100 (A) + 60 (C) = 160, lisse 100 (A) + 150 (B, maatwerk, tarief 80) = 250, teylingen 200 (A) + 30 (C) = 230;
 * together 640. Besteed: hillegom 3 + 6 = 9, lisse 3 + 7.5 = 10.5, teylingen 6 + 3 = 9. Team scenario-ruimte: 490
 * toegezegd against 480 plannable. A's output afspraak (streefwaarde 4, meetmoment 2021-12-31) is measured 5; B's
 * outcome afspraak is not measured.
 */
class MonitorberekeningTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2021, 12, 31);

    private static Map<Indicator, Indicatorwaarde> bereken() {
        OpdrachtDocument a = OpdrachtBouwer.aanvraag("Scenario A").door("hillegom", "lisse", "teylingen").categorie(Categorie.BELEID)
                .team(Scenario2021.RUIMTE).aangevraagd().medeondertekendDoorAllen().aanvaard().toegezegd(2021, "400")
                .outputAfgesproken("Vastgestelde beleidsnota's", 2021).gerealiseerd("5", "2021-11-15")
                .geregistreerd("2021-03-01", "8").geregistreerd("2021-03-02", "4").document();
        OpdrachtDocument b = Scenario2021.opdrachtB();
        Jaarstand stand = Scenario2021.jaarstand(a, b, Scenario2021.opdrachtC(), Scenario2021.opdrachtD());
        return Monitorberekening.bereken(new Monitorberekening.Invoer(PEILDATUM, stand, Groeimodelnormen.letterlijk(), List.of(),
                List.of(a, b), List.of()));
    }

    @Test
    void kosten() {
        Map<Indicator, Indicatorwaarde> w = bereken();
        assertThat(w.get(Indicator.KOSTEN_PER_TOEGEZEGD_UUR).perGemeente().get("lisse")).as("(100 × 100 + 150 × 80) / 250")
                .isEqualByComparingTo("88.00");
        assertThat(w.get(Indicator.KOSTEN_PER_TOEGEZEGD_UUR).waarde()).as("61,000 / 640").isEqualByComparingTo("95.31");
        assertThat(w.get(Indicator.BESTEED_TEGEN_TOEGEZEGD).perGemeente().get("hillegom")).as("9 / 160, half even")
                .isEqualByComparingTo("0.0562");
        assertThat(w.get(Indicator.BESTEED_TEGEN_TOEGEZEGD).waarde()).as("28.5 / 640").isEqualByComparingTo("0.0445");
    }

    @Test
    void kwaliteit() {
        Map<Indicator, Indicatorwaarde> w = bereken();
        assertThat(w.get(Indicator.AFSPRAKEN_BEHAALD).waarde()).as("A's 5 ≥ 4, B not measured").isEqualByComparingTo("0.5");
        assertThat(w.get(Indicator.AFSPRAKEN_BEHAALD).perGemeente().get("hillegom")).as("only A").isEqualByComparingTo("1");
        assertThat(w.get(Indicator.AFSPRAKEN_BEHAALD).perGemeente().get("lisse")).isEqualByComparingTo("0.5");
        assertThat(w.get(Indicator.TIJDIG_OPGELEVERD).waarde()).as("nothing delivered: nothing to count").isNull();
    }

    @Test
    void kwetsbaarheid() {
        Map<Indicator, Indicatorwaarde> w = bereken();
        assertThat(w.get(Indicator.TEAMS_BOVEN_CAPACITEIT).waarde()).as("490 > 480").isEqualByComparingTo("1");
        assertThat(w.get(Indicator.ONTWIKKELTIJD_GERESPECTEERD).waarde()).isEqualByComparingTo("0");
        assertThat(w.get(Indicator.TEAMS_BOVEN_CAPACITEIT).perGemeente()).isNull();
        assertThat(w.get(Indicator.AANDEEL_MAATWERK).waarde()).as("150 / 640").isEqualByComparingTo("0.2344");
        assertThat(w.get(Indicator.AANDEEL_MAATWERK).perGemeente().get("lisse")).as("150 / 250").isEqualByComparingTo("0.6");
        assertThat(w.get(Indicator.AANDEEL_MAATWERK).perGemeente().get("teylingen")).isEqualByComparingTo("0");
    }

    @Test
    void strategischePositie() {
        Map<Indicator, Indicatorwaarde> w = bereken();
        assertThat(w.get(Indicator.AANDEEL_OUTPUT).waarde()).as("550 / 640").isEqualByComparingTo("0.8594");
        assertThat(w.get(Indicator.AANDEEL_OUTPUT).perGemeente().get("hillegom")).as("100 / 160").isEqualByComparingTo("0.625");
        assertThat(w.get(Indicator.AANDEEL_OUTCOME).perGemeente().get("lisse")).as("150 / 250").isEqualByComparingTo("0.6");
        assertThat(w.get(Indicator.VERDEELSLEUTEL_AFWIJKING).perGemeente().get("hillegom")).as("|160/640 − 0.25|")
                .isEqualByComparingTo("0");
        assertThat(w.get(Indicator.VERDEELSLEUTEL_AFWIJKING).waarde()).as("|250/640 − 0.25| = |230/640 − 0.5| = 0.1406")
                .isEqualByComparingTo("0.1406");
        assertThat(w.get(Indicator.AANBEVELINGEN_TE_LAAT).waarde()).as("no uitvoeringsagenda: nothing to count").isNull();
        assertThat(w.get(Indicator.AANBEVELINGEN_GEREALISEERD).waarde()).isNull();
    }
}
