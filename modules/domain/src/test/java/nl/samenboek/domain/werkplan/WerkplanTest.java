package nl.samenboek.domain.werkplan;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.werkplan.StelWerkplanVast;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

class WerkplanTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    private AggregateTestFixture<Werkplan> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Werkplan.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
    }

    @Test
    void reserveertStandaardTwintigProcentOntwikkeltijd() {
        fixture.givenNoPriorActivity()
                .when(new StelWerkplanVast("ruimte", 2025, new BigDecimal("10000"), null,
                        Map.of("hillegom", new BigDecimal("2000"), "lisse", new BigDecimal("2000"), "teylingen", new BigDecimal("3000"))))
                .expectEvents(new WerkplanVastgesteld("ruimte", 2025, new BigDecimal("10000"), new BigDecimal("20"),
                        new BigDecimal("2000.00"), new BigDecimal("8000.00"),
                        Map.of("hillegom", new BigDecimal("2000"), "lisse", new BigDecimal("2000"), "teylingen", new BigDecimal("3000")),
                        new BigDecimal("1000.00"), DRIE));
    }

    @Test
    void weigertMeerGeplandDanPlanbaar() {
        fixture.givenNoPriorActivity()
                .when(new StelWerkplanVast("ruimte", 2025, new BigDecimal("1000"), null, Map.of("lisse", new BigDecimal("900"))))
                .expectException(OngeldigeInvoer.class).expectNoEvents();
    }

    @Test
    void hetzelfdePlanNogmaalsVerandertNiets() {
        StelWerkplanVast plan = new StelWerkplanVast("ruimte", 2025, new BigDecimal("1000"), new BigDecimal("20"), Map.of("lisse", new BigDecimal("500")));
        fixture.given(new WerkplanVastgesteld("ruimte", 2025, new BigDecimal("1000"), new BigDecimal("20"), new BigDecimal("200.00"),
                        new BigDecimal("800.00"), Map.of("lisse", new BigDecimal("500")), new BigDecimal("300.00"), DRIE))
                .when(plan).expectNoEvents();
    }
}
