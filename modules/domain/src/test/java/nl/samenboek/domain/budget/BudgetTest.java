package nl.samenboek.domain.budget;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.budget.Budget;
import nl.samenboek.messages.budget.BudgetVastgesteld;
import nl.samenboek.messages.budget.StelBudgetVast;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.samenboek.domain.Weigeringen.ongeldig;

class BudgetTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    /** BUCH's dienstverleningsovereenkomst (Berenschot 2019): 80 % standaardpakket, 10 % klussen, 10 % reserve. */
    private static final Map<String, BigDecimal> BUCH = new TreeMap<>(Map.of("standaardpakket", new BigDecimal("0.8"),
            "klussen", new BigDecimal("0.1"), "reserve", new BigDecimal("0.1")));

    private AggregateTestFixture<nl.samenboek.domain.budget.Budget> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(nl.samenboek.domain.budget.Budget.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
    }

    private static StelBudgetVast budget(String bijdrage, Map<String, BigDecimal> lijnen) {
        return new StelBudgetVast("lisse", 2025, new BigDecimal(bijdrage), lijnen);
    }

    @Nested
    class Vaststellen {

        @Test
        void steltDeBijdrageEnDeBudgetlijnenVastInElkGrootboek() {
            fixture.givenNoPriorActivity()
                    .when(budget("25000.01", BUCH))
                    .expectEvents(new BudgetVastgesteld("lisse", 2025, new BigDecimal("25000.01"), BUCH, DRIE))
                    // 20,000.008 / 2,500.001 / 2,500.001: the cent left over goes to the largest remainder, standaardpakket
                    .expectResultMessagePayload(new Budget("lisse", 2025, new BigDecimal("25000.01"), BUCH,
                            Map.of("klussen", new BigDecimal("2500.00"), "reserve", new BigDecimal("2500.00"),
                                    "standaardpakket", new BigDecimal("20000.01")), 1));
        }

        @Test
        void zonderBudgetlijnenIsErAlleenDeBijdrage() {
            fixture.givenNoPriorActivity()
                    .when(budget("0", null))
                    .expectEvents(new BudgetVastgesteld("lisse", 2025, BigDecimal.ZERO, Map.of(), DRIE))
                    .expectResultMessagePayload(new Budget("lisse", 2025, BigDecimal.ZERO, Map.of(), Map.of(), 1));
        }

        @Test
        void hetzelfdeBudgetInAndereNotatieVerandertNiets() {
            Map<String, BigDecimal> anders = new LinkedHashMap<>();
            anders.put("reserve", new BigDecimal("0.10"));
            anders.put("standaardpakket", new BigDecimal("0.80"));
            anders.put("klussen", new BigDecimal("0.1000"));
            fixture.given(new BudgetVastgesteld("lisse", 2025, new BigDecimal("25000"), BUCH, DRIE))
                    .when(budget("25000.00", anders))
                    .expectNoEvents();
        }

        @Test
        void eenAnderBedragVervangtHet() {
            fixture.given(new BudgetVastgesteld("lisse", 2025, new BigDecimal("25000"), BUCH, DRIE))
                    .when(budget("26000", BUCH))
                    .expectEvents(new BudgetVastgesteld("lisse", 2025, new BigDecimal("26000"), BUCH, DRIE));
        }

        @Test
        void deBreukenTellenOpTotPreciesEen() {
            fixture.givenNoPriorActivity()
                    .when(budget("100", Map.of("standaardpakket", new BigDecimal("0.8"), "klussen", new BigDecimal("0.1"))))
                    .expectException(ongeldig("budgetlijnen"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            Map<String, BigDecimal> lijnen = new TreeMap<>();
            lijnen.put("standaardpakket", new BigDecimal("1.5"));
            lijnen.put("klussen", null);
            fixture.givenNoPriorActivity()
                    .when(new StelBudgetVast("bennebroek", 2016, new BigDecimal("-0.01"), lijnen))
                    .expectException(ongeldig("gemeente", "jaar", "bijdrage", "budgetlijnen.standaardpakket", "budgetlijnen.klussen"))
                    .expectNoEvents();
        }

        @Test
        void weigertBedragenInFractiesVanCentenEnNamenDieGeenCodeZijn() {
            fixture.givenNoPriorActivity()
                    .when(budget("100.001", Map.of("Standaard Pakket", BigDecimal.ONE)))
                    .expectException(ongeldig("bijdrage", "budgetlijnen"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenLegeLijstVanBudgetlijnenEnEenOnmogelijkeBijdrage() {
            fixture.givenNoPriorActivity()
                    .when(budget("1000000000.01", Map.of()))
                    .expectException(ongeldig("bijdrage", "budgetlijnen"))
                    .expectNoEvents();
        }

        @Test
        void zonderBijdrageNoemtHetDeBijdrage() {
            fixture.givenNoPriorActivity()
                    .when(new StelBudgetVast("lisse", 2025, null, null))
                    .expectException(ongeldig("bijdrage"))
                    .expectNoEvents();
        }
    }
}
