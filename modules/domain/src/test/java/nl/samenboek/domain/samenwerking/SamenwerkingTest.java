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
                    .expectException(ongeldig("code", "naam", "ingangsdatum"))
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

    @Nested
    class ToetredenEnUittreden {

        private final java.time.Clock klok = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T10:00:00Z"), java.time.ZoneOffset.UTC);

        @BeforeEach
        void klok() {
            fixture.registerInjectableResource(klok);
        }

        @Test
        void eenToetredendeGemeenteKrijgtHaarAandeelVanafDeIngangsdatum() {
            LocalDate per = LocalDate.of(2027, 1, 1);
            Map<String, BigDecimal> aandelen = new java.util.TreeMap<>(EEN_EEN_TWEE);
            aandelen.put("noordwijk", new BigDecimal("2"));
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "noordwijk", "Noordwijk", per, 26_000, new BigDecimal("2")))
                    .expectEvents(new GemeenteToegetreden(HLTSAMEN.waarde(), "noordwijk", "Noordwijk", per, List.of("noordwijk"), 26_000),
                            new VerdeelsleutelVastgesteld(HLTSAMEN.waarde(), per, aandelen, List.copyOf(aandelen.keySet())));
        }

        @Test
        void deCodeSamenwerkingIsGereserveerdEnEenBestaandeCodeEenConflict() {
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "samenwerking", "Samenwerking", LocalDate.of(2027, 1, 1), null, BigDecimal.ONE))
                    .expectException(ongeldig("code"))
                    .expectNoEvents();
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "lisse", "Lisse", LocalDate.of(2027, 1, 1), null, BigDecimal.ONE))
                    .expectException(conflict("samenwerking.gemeente-bestaat-al"))
                    .expectNoEvents();
        }

        @Test
        void eenToetredingHerschrijftGeenSleutelUitHetVerleden() {
            fixture.given(hltSamenIngericht())
                    .when(new LaatGemeenteToetreden(HLTSAMEN, "noordwijk", "Noordwijk", LocalDate.of(2016, 6, 1), null, BigDecimal.ONE))
                    .expectException(ongeldig("ingangsdatum"))
                    .expectNoEvents();
        }

        @Test
        void eenUittredendeGemeenteVerdwijntUitDeVerdeelsleutelVanafHaarDatum() {
            LocalDate per = LocalDate.of(2026, 3, 2);
            fixture.given(hltSamenIngericht())
                    .when(new nl.samenboek.messages.samenwerking.LaatGemeenteUittreden(HLTSAMEN, "lisse", per))
                    .expectEvents(new nl.samenboek.messages.samenwerking.GemeenteUitgetreden(HLTSAMEN.waarde(), "lisse", per, List.of("lisse")),
                            new VerdeelsleutelVastgesteld(HLTSAMEN.waarde(), per, Map.of("hillegom", BigDecimal.ONE, "teylingen",
                                    new BigDecimal("2")), List.of("hillegom", "teylingen")));
        }

        @Test
        void uittredenKanVandaagOfLaterEnEenmaal() {
            fixture.given(hltSamenIngericht())
                    .when(new nl.samenboek.messages.samenwerking.LaatGemeenteUittreden(HLTSAMEN, "lisse", LocalDate.of(2026, 3, 1)))
                    .expectException(ongeldig("datum"))
                    .expectNoEvents();
            fixture.given(hltSamenIngericht())
                    .andGiven(new nl.samenboek.messages.samenwerking.GemeenteUitgetreden(HLTSAMEN.waarde(), "lisse", LocalDate.of(2026, 6, 1),
                            List.of("lisse")))
                    .when(new nl.samenboek.messages.samenwerking.LaatGemeenteUittreden(HLTSAMEN, "lisse", LocalDate.of(2026, 7, 1)))
                    .expectException(conflict("samenwerking.al-uitgetreden"))
                    .expectNoEvents();
        }
    }
}
