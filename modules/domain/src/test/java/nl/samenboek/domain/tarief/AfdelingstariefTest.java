package nl.samenboek.domain.tarief;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.tarief.StelTariefVast;
import nl.samenboek.messages.tarief.Tarief;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.samenboek.domain.Weigeringen.ongeldig;

class AfdelingstariefTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    private AggregateTestFixture<Afdelingstarief> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Afdelingstarief.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
    }

    @Nested
    class Vaststellen {

        @Test
        void steltHetTariefVastVoorElkeGemeente() {
            fixture.givenNoPriorActivity()
                    .when(new StelTariefVast("ruimte", 2025, new BigDecimal("98.50")))
                    .expectEvents(new TariefVastgesteld("ruimte", 2025, new BigDecimal("98.50"), DRIE))
                    .expectResultMessagePayload(new Tarief("ruimte", 2025, new BigDecimal("98.50")));
        }

        @Test
        void vervangtEenEerderTarief() {
            fixture.given(new TariefVastgesteld("ruimte", 2025, new BigDecimal("98.50"), DRIE))
                    .when(new StelTariefVast("ruimte", 2025, new BigDecimal("101")))
                    .expectEvents(new TariefVastgesteld("ruimte", 2025, new BigDecimal("101"), DRIE));
        }

        @Test
        void hetzelfdeTariefNogmaalsVerandertNiets() {
            fixture.given(new TariefVastgesteld("ruimte", 2025, new BigDecimal("98.50"), DRIE))
                    .when(new StelTariefVast("ruimte", 2025, new BigDecimal("98.5")))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Tarief("ruimte", 2025, new BigDecimal("98.50")));
        }

        @Test
        void weigertEenTariefInFractiesVanCenten() {
            fixture.givenNoPriorActivity()
                    .when(new StelTariefVast("ruimte", 2025, new BigDecimal("98.505")))
                    .expectException(ongeldig("tarief"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOntbrekendVeld() {
            fixture.givenNoPriorActivity()
                    .when(new StelTariefVast(" ", null, null))
                    .expectException(ongeldig("team", "jaar", "tarief"))
                    .expectNoEvents();
        }
    }
}
