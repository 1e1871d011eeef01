package nl.samenboek.domain.formatie;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.formatie.FormatieVastgesteld;
import nl.samenboek.messages.formatie.StelFormatieVast;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.samenboek.domain.Weigeringen.ongeldig;

class FormatieTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    private AggregateTestFixture<Formatie> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Formatie.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
    }

    private static StelFormatieVast formatie(String fte, String vacatures, String inhuur, String urenPerFte) {
        return new StelFormatieVast("ruimte", 2025, getal(fte), getal(vacatures), getal(inhuur), getal(urenPerFte));
    }

    private static BigDecimal getal(String waarde) {
        return waarde == null ? null : new BigDecimal(waarde);
    }

    /** 12.5 fte of which 1.5 vacant, 1,400 hours per fte, 300 hours hired: (12.5 − 1.5) × 1,400 + 300 = 15,700 hours. */
    private static FormatieVastgesteld ruimte2025() {
        return new FormatieVastgesteld("ruimte", 2025, new BigDecimal("12.5"), new BigDecimal("1.5"), new BigDecimal("300"),
                new BigDecimal("1400"), new BigDecimal("15700.00"), DRIE);
    }

    @Nested
    class Vaststellen {

        @Test
        void rekentDeBeschikbareUrenUit() {
            fixture.givenNoPriorActivity()
                    .when(formatie("12.5", "1.5", "300", "1400"))
                    .expectEvents(ruimte2025())
                    .expectResultMessagePayload(new nl.samenboek.messages.formatie.Formatie("ruimte", 2025, new BigDecimal("12.5"),
                            new BigDecimal("1.5"), new BigDecimal("300"), new BigDecimal("1400"), new BigDecimal("15700.00"), 1));
        }

        @Test
        void zonderVacaturesEnInhuurZijnDieNul() {
            fixture.givenNoPriorActivity()
                    .when(formatie("0.8889", null, null, "1500"))
                    .expectEvents(new FormatieVastgesteld("ruimte", 2025, new BigDecimal("0.8889"), BigDecimal.ZERO, BigDecimal.ZERO,
                            new BigDecimal("1500"), new BigDecimal("1333.35"), DRIE));
        }

        @Test
        void dezelfdeFormatieNogmaalsVerandertNiets() {
            fixture.given(ruimte2025())
                    .when(formatie("12.50", "1.50", "300.00", "1400"))
                    .expectNoEvents();
        }

        @Test
        void weigertMeerVacaturesDanFormatie() {
            fixture.givenNoPriorActivity()
                    .when(formatie("2", "2.5", "0", "1400"))
                    .expectException(ongeldig("vacaturesFte"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            fixture.givenNoPriorActivity()
                    .when(new StelFormatieVast(" ", 2016, new BigDecimal("-1"), new BigDecimal("0.12345"), new BigDecimal("-3"),
                            BigDecimal.ZERO))
                    .expectException(ongeldig("team", "jaar", "fte", "vacaturesFte", "inhuurUren", "urenPerFte"))
                    .expectNoEvents();
        }

        @Test
        void weigertMeerUrenPerFteDanEenJaarHeeft() {
            fixture.givenNoPriorActivity()
                    .when(formatie("1", "0", "0", "8785"))
                    .expectException(ongeldig("urenPerFte"))
                    .expectNoEvents();
        }
    }
}
