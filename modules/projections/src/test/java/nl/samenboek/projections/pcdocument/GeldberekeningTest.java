package nl.samenboek.projections.pcdocument;

import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.budget.BudgetDocument;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.capaciteit.Capaciteitsberekening;
import nl.samenboek.projections.capaciteit.FormatieDocument;
import nl.samenboek.projections.groeimodel.Jaarstand;
import nl.samenboek.projections.groeimodel.Scenario2021;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.samenboek.projections.groeimodel.Scenario2021.HLT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets, formatie and the afrekening of {@link Scenario2021}, without Spring, computed by hand:
 * <pre>
 * kosten (toegezegd × tarief)       hillegom: A 100 × 100 + C 60 × 100 = 16.000   lisse: A 10.000 + B 150 × 80 = 22.000
 *                                   teylingen: A 20.000 + C 30 × 100 = 23.000      together 61.000
 * kosten (besteed × tarief)         hillegom: A 3 × 100 + C 6 × 100 = 900          lisse: A 300 + B 7,5 × 80 = 900
 *                                   teylingen: A 600 + C 300 = 900                 together 2.700
 * budgets                           hillegom 15.000 and lisse 25.000,01, both 0,8 standaardpakket / 0,1 klussen / 0,1 reserve;
 *                                   teylingen 25.000 without lines; together 65.000,01
 * lisse's lines                     20.000,008 / 2.500,001 / 2.500,001 → the cent left to standaardpakket: 20.000,01 / 2.500 / 2.500
 * lisse, begroting                  standaardpakket A 10.000 (saldo 10.000,01), klussen B 12.000 (saldo −9.500, meerwerk 9.500),
 *                                   reserve 0 (saldo 2.500); saldo 3.000,01
 * hillegom, begroting               standaardpakket A + C (bedrijfsvoering, standaard) 16.000 against 12.000: meerwerk 4.000;
 *                                   saldo −1.000
 * samenwerking, begroting           saldo 65.000,01 − 61.000 = 4.000,01 → 1:1:2 of 400.001 cents: 100.000,25 / 100.000,25 /
 *                                   200.000,5 → the cent to teylingen: 1.000,00 / 1.000,00 / 2.000,01
 * samenwerking, jaarrekening        saldo 65.000,01 − 2.700 = 62.300,01 → 15.575,00 / 15.575,00 / 31.150,01
 * </pre>
 */
class GeldberekeningTest {

    private static final Map<String, BigDecimal> BUCH = Map.of("standaardpakket", new BigDecimal("0.8"), "klussen", new BigDecimal("0.1"),
            "reserve", new BigDecimal("0.1"));

    private static Jaarstand jaar() {
        Jaarstand scenario = Scenario2021.jaarstand();
        Map<String, BudgetDocument> budgetten = new TreeMap<>();
        budgetten.put("hillegom", budget("hillegom", "15000", BUCH));
        budgetten.put("lisse", budget("lisse", "25000.01", BUCH));
        budgetten.put("teylingen", budget("teylingen", "25000", Map.of()));
        FormatieDocument ruimte = new FormatieDocument("f1", Scenario2021.RUIMTE, Scenario2021.JAAR, new BigDecimal("1"), BigDecimal.ZERO,
                new BigDecimal("200"), new BigDecimal("400"), new BigDecimal("600.00"), 1, Instant.parse("2021-01-04T08:00:00Z"));
        return new Jaarstand(scenario.jaar(), scenario.peilmoment(), scenario.opdrachten(), scenario.gemeenten(), scenario.verdeelsleutels(),
                scenario.werkplannen(), scenario.tarieven(), Map.of(Scenario2021.RUIMTE, ruimte), budgetten);
    }

    private static BudgetDocument budget(String gemeente, String bijdrage, Map<String, BigDecimal> lijnen) {
        return new BudgetDocument("b-" + gemeente, gemeente, Scenario2021.JAAR, new BigDecimal(bijdrage), lijnen, 1,
                Instant.parse("2021-01-04T08:00:00Z"));
    }

    @Test
    void deBegrotingZetDeBijdrageTegenDeToegezegdeKostenPerBudgetlijn() {
        PcDocument.Budgetstand lisse = Budgetberekening.budget(jaar(), "lisse", Grondslag.TOEGEZEGD);
        assertThat(lisse.bijdrage()).isEqualByComparingTo("25000.01");
        assertThat(lisse.kosten()).isEqualByComparingTo("22000");
        assertThat(lisse.saldo()).isEqualByComparingTo("3000.01");
        assertThat(lisse.meerwerk()).isEqualByComparingTo("9500");
        assertThat(lisse.grondslag()).isEqualTo("toegezegd");
        assertThat(lisse.perBudgetlijn()).containsOnlyKeys("klussen", "reserve", "standaardpakket");
        lijn(lisse.perBudgetlijn().get("standaardpakket"), "20000.01", "10000", "10000.01", "0");
        lijn(lisse.perBudgetlijn().get("klussen"), "2500", "12000", "-9500", "9500");
        lijn(lisse.perBudgetlijn().get("reserve"), "2500", "0", "2500", "0");

        PcDocument.Budgetstand hillegom = Budgetberekening.budget(jaar(), "hillegom", Grondslag.TOEGEZEGD);
        assertThat(hillegom.saldo()).isEqualByComparingTo("-1000");
        lijn(hillegom.perBudgetlijn().get("standaardpakket"), "12000", "16000", "-4000", "4000");
        assertThat(hillegom.meerwerk()).isEqualByComparingTo("4000");

        PcDocument.Budgetstand teylingen = Budgetberekening.budget(jaar(), "teylingen", Grondslag.TOEGEZEGD);
        assertThat(teylingen.perBudgetlijn()).isEmpty();
        assertThat(teylingen.saldo()).isEqualByComparingTo("2000");
        assertThat(teylingen.meerwerk()).isEqualByComparingTo("0");
    }

    @Test
    void deJaarrekeningZetDeBijdrageTegenDeBestedeKosten() {
        PcDocument.Budgetstand lisse = Budgetberekening.budget(jaar(), "lisse", Grondslag.BESTEED);
        assertThat(lisse.kosten()).isEqualByComparingTo("900");
        assertThat(lisse.saldo()).isEqualByComparingTo("24100.01");
        lijn(lisse.perBudgetlijn().get("klussen"), "2500", "600", "1900", "0");
        assertThat(lisse.grondslag()).isEqualTo("besteed");
    }

    @Test
    void zonderBudgetIsErGeenBudget() {
        assertThat(Budgetberekening.budget(Scenario2021.jaarstand(), "lisse", Grondslag.TOEGEZEGD)).isNull();
    }

    @Test
    void deBegrotingVanDeWerkorganisatieVerwachtHetSaldoTerugVolgensDeVerdeelsleutel() {
        Samenwerkingsdocument d = Samenwerkingsberekening.bereken(jaar(), "De werkorganisatie", Samenwerkingsdocumentsoort.BEGROTING,
                Map.of("lisse", "Lisse"), Map.of(), null);
        assertThat(d.titel()).isEqualTo("Begroting 2021 van De werkorganisatie");
        assertThat(d.totaal().bijdrage()).isEqualByComparingTo("65000.01");
        assertThat(d.totaal().kosten()).isEqualByComparingTo("61000");
        assertThat(d.totaal().saldo()).isEqualByComparingTo("4000.01");
        assertThat(d.afrekening()).containsExactlyEntriesOf(new TreeMap<>(Map.of("hillegom", new BigDecimal("1000.00"),
                "lisse", new BigDecimal("1000.00"), "teylingen", new BigDecimal("2000.01"))));
        assertThat(d.gemeenten()).extracting(Samenwerkingsdocument.Gemeentesaldo::naam).containsExactly("hillegom", "Lisse", "teylingen");
        assertThat(d.verdeelsleutel()).containsEntry("teylingen", new BigDecimal("0.5"));
    }

    @Test
    void deJaarrekeningVanDeWerkorganisatie() {
        Samenwerkingsdocument d = Samenwerkingsberekening.bereken(jaar(), "W", Samenwerkingsdocumentsoort.JAARREKENING, Map.of(),
                Map.of(), null);
        assertThat(d.grondslag()).isEqualTo("besteed");
        assertThat(d.totaal().saldo()).isEqualByComparingTo("62300.01");
        assertThat(d.afrekening()).containsExactlyEntriesOf(new TreeMap<>(Map.of("hillegom", new BigDecimal("15575.00"),
                "lisse", new BigDecimal("15575.00"), "teylingen", new BigDecimal("31150.01"))));
        Samenwerkingsdocument.Budgetlijntotaal standaard = d.perBudgetlijn().get("standaardpakket");
        assertThat(standaard.bedrag()).isEqualByComparingTo("32000.01");
        assertThat(standaard.kosten()).isEqualByComparingTo("1200");
        assertThat(d.perBudgetlijn().get("klussen").kosten()).isEqualByComparingTo("600");
        Map<String, Samenwerkingsdocument.Teamstand> teams = new TreeMap<>();
        d.teams().forEach(t -> teams.put(t.team(), t));
        Samenwerkingsdocument.Teamstand ruimte = teams.get(Scenario2021.RUIMTE);
        assertThat(ruimte.toegezegdeUren()).isEqualByComparingTo("490");
        assertThat(ruimte.besteedUren()).isEqualByComparingTo("21");
        assertThat(ruimte.kosten()).isEqualByComparingTo("2100");
        assertThat(ruimte.werkplanCapaciteit()).isEqualByComparingTo("600");
        assertThat(ruimte.formatie().beschikbareUren()).isEqualByComparingTo("600");
        assertThat(teams.get(Scenario2021.PUBLIEK).kosten()).isEqualByComparingTo("600");
        assertThat(teams.get(Scenario2021.PUBLIEK).formatie()).isNull();
        assertThat(d.teams().stream().map(Samenwerkingsdocument.Teamstand::kosten).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the teams add up to the gemeenten").isEqualByComparingTo(d.totaal().kosten());
    }

    /** 100.003 cents by 1:1:2: 25.000,75 / 25.000,75 / 50.001,5 → the two cents left to the largest remainders (half up would make 1.000,04). */
    @Test
    void eenTekortWordtBijgevraagdTotOpDeCentMetDeGrootsteResten() {
        assertThat(Samenwerkingsberekening.afrekening(new BigDecimal("-1000.03"), HLT)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "hillegom", new BigDecimal("-250.01"), "lisse", new BigDecimal("-250.01"), "teylingen", new BigDecimal("-500.01"))));
        assertThat(Samenwerkingsberekening.afrekening(new BigDecimal("0.00"), HLT).values()).allMatch(b -> b.signum() == 0);
        assertThat(Samenwerkingsberekening.afrekening(BigDecimal.TEN, null)).isEmpty();
        Verdeelsleutel nul = new Verdeelsleutel(LocalDate.of(2017, 1, 1), Map.of("lisse", BigDecimal.ZERO));
        assertThat(Samenwerkingsberekening.afrekening(BigDecimal.TEN, nul)).isEmpty();
    }

    @Test
    void deCapaciteitToontDeFormatieNaastHetWerkplan() {
        Capaciteit capaciteit = Capaciteitsberekening.bereken(jaar());
        Capaciteit.Team ruimte = capaciteit.teams().stream().filter(t -> t.team().equals(Scenario2021.RUIMTE)).findFirst().orElseThrow();
        assertThat(ruimte.formatie().beschikbareUren()).isEqualByComparingTo("600");
        assertThat(ruimte.capaciteit()).isEqualByComparingTo("600");
        assertThat(PcDocumenten.formatie(jaar())).extracting(PcDocument.Formatieregel::team).containsExactly(Scenario2021.RUIMTE);
        assertThat(PcDocumenten.formatie(jaar()).get(0).werkplanCapaciteit()).isEqualByComparingTo("600");
        assertThat(List.of(capaciteit.teams().size())).containsExactly(2);
    }

    private static void lijn(PcDocument.Budgetlijnstand lijn, String bedrag, String kosten, String saldo, String meerwerk) {
        assertThat(lijn.bedrag()).isEqualByComparingTo(bedrag);
        assertThat(lijn.kosten()).isEqualByComparingTo(kosten);
        assertThat(lijn.saldo()).isEqualByComparingTo(saldo);
        assertThat(lijn.meerwerk()).isEqualByComparingTo(meerwerk);
    }
}
