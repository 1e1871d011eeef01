package nl.samenboek.domain.werkplan;

import nl.samenboek.domain.formatie.Formatieregister;
import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.werkplan.StelWerkplanVast;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.samenboek.domain.Weigeringen.ongeldig;

class WerkplanTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    private static final Map<String, BigDecimal> GEPLAND = Map.of("hillegom", new BigDecimal("2000"), "lisse", new BigDecimal("2000"),
            "teylingen", new BigDecimal("3000"));

    private AggregateTestFixture<Werkplan> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Werkplan.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
        // team ruimte has a formatie for 2026 of 5,000 available hours, none for 2025
        fixture.registerInjectableResource((Formatieregister) (team, jaar) ->
                team.equals("ruimte") && jaar == 2026 ? Optional.of(new BigDecimal("5000.00")) : Optional.empty());
    }

    /** Team ruimte's werkplan for 2025 with this capacity, ontwikkeltijd percentage (null: the nota's 20 %) and hours per gemeente. */
    private static StelWerkplanVast plan(String capaciteit, String percentage, Map<String, BigDecimal> gepland) {
        return new StelWerkplanVast("ruimte", 2025, new BigDecimal(capaciteit), percentage == null ? null : new BigDecimal(percentage), gepland);
    }

    /** What team ruimte's werkplan of 10,000 hours with 20 % ontwikkeltijd and {@link #GEPLAND} comes to. */
    private static WerkplanVastgesteld tienduizendUurMetTwintigProcent() {
        BigDecimal capaciteit = new BigDecimal("10000");
        BigDecimal ontwikkeltijd = new BigDecimal("2000.00");
        BigDecimal planbaar = new BigDecimal("8000.00");
        BigDecimal vrijeRuimte = new BigDecimal("1000.00");
        return new WerkplanVastgesteld("ruimte", 2025, capaciteit, new BigDecimal("20"), ontwikkeltijd, planbaar, GEPLAND, vrijeRuimte, DRIE);
    }

    @Nested
    class Vaststellen {

        @Test
        void reserveertStandaardTwintigProcentOntwikkeltijd() {
            fixture.givenNoPriorActivity()
                    .when(plan("10000", null, GEPLAND))
                    .expectEvents(tienduizendUurMetTwintigProcent());
        }

        @Test
        void antwoordtHetWerkplanMetZijnVersie() {
            fixture.givenNoPriorActivity()
                    .when(plan("10000", "20", GEPLAND))
                    .expectResultMessagePayload(new nl.samenboek.messages.werkplan.Werkplan("ruimte", 2025, new BigDecimal("10000"),
                            new BigDecimal("20"), new BigDecimal("2000.00"), new BigDecimal("8000.00"), GEPLAND,
                            new BigDecimal("1000.00"), 1));
        }

        @Test
        void hetzelfdePlanNogmaalsVerandertNiets() {
            fixture.given(tienduizendUurMetTwintigProcent())
                    .when(plan("10000", "20", GEPLAND))
                    .expectNoEvents()
                    .expectResultMessagePayload(new nl.samenboek.messages.werkplan.Werkplan("ruimte", 2025, new BigDecimal("10000"),
                            new BigDecimal("20"), new BigDecimal("2000.00"), new BigDecimal("8000.00"), GEPLAND,
                            new BigDecimal("1000.00"), 1));
        }

        @Test
        void weigertMeerGeplandDanPlanbaar() {
            fixture.givenNoPriorActivity()
                    .when(plan("1000", null, Map.of("lisse", new BigDecimal("900"))))
                    .expectException(ongeldig("gepland"))
                    .expectNoEvents();
        }

        @Test
        void kentAlleenGemeentenVanDeSamenwerking() {
            fixture.givenNoPriorActivity()
                    .when(plan("1000", null, Map.of("bennebroek", new BigDecimal("100"))))
                    .expectException(ongeldig("gepland.bennebroek"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            fixture.givenNoPriorActivity()
                    .when(new StelWerkplanVast(" ", 2016, BigDecimal.ZERO, new BigDecimal("101"), null))
                    .expectException(ongeldig("team", "jaar", "capaciteit", "ontwikkeltijdPercentage"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UitDeFormatie {

        @Test
        void zonderCapaciteitNeemtHetDeBeschikbareUrenVanDeFormatie() {
            fixture.givenNoPriorActivity()
                    .when(new StelWerkplanVast("ruimte", 2026, null, null, Map.of("lisse", new BigDecimal("1000"))))
                    .expectEvents(new WerkplanVastgesteld("ruimte", 2026, new BigDecimal("5000.00"), new BigDecimal("20"),
                            new BigDecimal("1000.00"), new BigDecimal("4000.00"), Map.of("lisse", new BigDecimal("1000")),
                            new BigDecimal("3000.00"), DRIE));
        }

        @Test
        void eenEigenCapaciteitGaatVoor() {
            fixture.givenNoPriorActivity()
                    .when(new StelWerkplanVast("ruimte", 2026, new BigDecimal("100"), BigDecimal.ZERO, null))
                    .expectEvents(new WerkplanVastgesteld("ruimte", 2026, new BigDecimal("100"), BigDecimal.ZERO,
                            new BigDecimal("0.00"), new BigDecimal("100.00"), Map.of(), new BigDecimal("100.00"), DRIE));
        }

        @Test
        void zonderCapaciteitEnZonderFormatieNoemtHetDeCapaciteit() {
            fixture.givenNoPriorActivity()
                    .when(new StelWerkplanVast("ruimte", 2025, null, null, null))
                    .expectException(ongeldig("capaciteit"))
                    .expectNoEvents();
        }
    }
}
