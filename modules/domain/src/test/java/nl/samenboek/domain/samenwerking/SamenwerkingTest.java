package nl.samenboek.domain.samenwerking;

import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;
import nl.samenboek.messages.samenwerking.RichtSamenwerkingIn;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.samenboek.domain.Weigeringen.conflict;
import static nl.samenboek.domain.Weigeringen.ongeldig;

class SamenwerkingTest {

    private static final SamenwerkingId HLTSAMEN = SamenwerkingId.van("hltsamen");
    private static final LocalDate START = LocalDate.of(2017, 1, 1);
    private static final Map<String, BigDecimal> EEN_EEN_TWEE = Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE,
            "teylingen", new BigDecimal("2"));
    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    private AggregateTestFixture<Samenwerking> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Samenwerking.class);
    }

    private static GemeenteToegetreden toegetreden(String code, String naam) {
        return new GemeenteToegetreden(HLTSAMEN.waarde(), code, naam, START, List.of(code));
    }

    private static Object[] hltSamenIngericht() {
        return new Object[]{toegetreden("hillegom", "Hillegom"), toegetreden("lisse", "Lisse"), toegetreden("teylingen", "Teylingen"),
                new VerdeelsleutelVastgesteld(HLTSAMEN.waarde(), START, EEN_EEN_TWEE, DRIE)};
    }

    @Nested
    class Inrichten {

        @Test
        void richtDeSamenwerkingInMetHaarGemeentenEnEersteSleutel() {
            fixture.givenNoPriorActivity()
                    .when(new RichtSamenwerkingIn(HLTSAMEN, List.of(new RichtSamenwerkingIn.Deelnemer("hillegom", " Hillegom ", START),
                            new RichtSamenwerkingIn.Deelnemer("lisse", "Lisse", START),
                            new RichtSamenwerkingIn.Deelnemer("teylingen", "Teylingen", START)),
                            new Verdeelsleutel(START, EEN_EEN_TWEE)))
                    .expectEvents(hltSamenIngericht());
        }

        @Test
        void begintNietZonderGemeenten() {
            fixture.givenNoPriorActivity()
                    .when(new RichtSamenwerkingIn(HLTSAMEN, List.of(), new Verdeelsleutel(START, EEN_EEN_TWEE)))
                    .expectException(ongeldig("gemeenten"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenGemeentecodeMetHoofdletters() {
            fixture.givenNoPriorActivity()
                    .when(new RichtSamenwerkingIn(HLTSAMEN, List.of(new RichtSamenwerkingIn.Deelnemer("Lisse", "Lisse", START)),
                            new Verdeelsleutel(START, Map.of("Lisse", BigDecimal.ONE))))
                    .expectException(ongeldig("code"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Toetreden {

        @Test
        void laatEenGemeenteToetreden() {
            LocalDate later = LocalDate.of(2030, 1, 1);
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "noordwijk", "Noordwijk", later))
                    .expectEvents(new GemeenteToegetreden(HLTSAMEN.waarde(), "noordwijk", "Noordwijk", later, List.of("noordwijk")));
        }

        @Test
        void nogmaalsToetredenOnderDezelfdeNaamVerandertNiets() {
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "lisse", "Lisse", START))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void weigertEenBekendeCodeOnderEenAndereNaam() {
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "lisse", "Lisse aan Zee", START))
                    .expectException(conflict("samenwerking.gemeente-bestaat-al"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "x", " ", LocalDate.of(2041, 1, 1)))
                    .expectException(ongeldig("code", "naam", "datum"))
                    .expectNoEvents();
        }
    }

    @Nested
    class VerdeelsleutelVaststellen {

        private final LocalDate ingang = LocalDate.of(2027, 1, 1);

        @Test
        void steltEenNieuweSleutelVastVanafZijnIngangsdatum() {
            Map<String, BigDecimal> gelijk = Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE, "teylingen", BigDecimal.ONE);
            fixture.given(hltSamenIngericht())
                    .when(new StelVerdeelsleutelVast(HLTSAMEN, ingang, gelijk))
                    .expectEvents(new VerdeelsleutelVastgesteld(HLTSAMEN.waarde(), ingang, gelijk, DRIE))
                    .expectResultMessagePayload(new Verdeelsleutel(ingang, gelijk));
        }

        @Test
        void dezelfdeSleutelNogmaalsVerandertNiets() {
            fixture.given(hltSamenIngericht())
                    .when(new StelVerdeelsleutelVast(HLTSAMEN, START, EEN_EEN_TWEE))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Verdeelsleutel(START, EEN_EEN_TWEE));
        }

        @Test
        void vraagtEenAandeelVoorElkeGemeenteEnGeenAndere() {
            fixture.given(hltSamenIngericht())
                    .when(new StelVerdeelsleutelVast(HLTSAMEN, ingang, Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE,
                            "bennebroek", BigDecimal.ONE)))
                    .expectException(ongeldig("aandelen.bennebroek", "aandelen.teylingen"))
                    .expectNoEvents();
        }

        @Test
        void vraagtTenMinsteEenAandeelGroterDanNul() {
            fixture.given(hltSamenIngericht())
                    .when(new StelVerdeelsleutelVast(HLTSAMEN, ingang, Map.of("hillegom", BigDecimal.ZERO, "lisse", BigDecimal.ZERO,
                            "teylingen", BigDecimal.ZERO)))
                    .expectException(ongeldig("aandelen"))
                    .expectNoEvents();
        }
    }
}
