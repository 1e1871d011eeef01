package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.bijeenkomst.AnnuleerBijeenkomst;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.messages.bijeenkomst.BijeenkomstId;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static nl.samenboek.domain.Weigeringen.conflict;
import static nl.samenboek.domain.Weigeringen.ongeldig;

class BijeenkomstTest {

    private static final BijeenkomstId ID = BijeenkomstId.van("b7d2c3a4-0000-4000-8000-000000000002");
    /** Monday 2 March 2026 in the Netherlands. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<Bijeenkomst> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Bijeenkomst.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
        fixture.registerInjectableResource(KLOK);
    }

    private static LegBijeenkomstVast raden(LocalDate datum, List<String> gemeenten, String onderwerp) {
        return new LegBijeenkomstVast(ID, Bijeenkomstsoort.GEZAMENLIJKE_RADEN, datum, gemeenten, onderwerp);
    }

    @Nested
    class Vastleggen {

        @Test
        void legtEenGehoudenBijeenkomstVastEnGeeftHaarId() {
            fixture.givenNoPriorActivity()
                    .when(raden(VANDAAG, List.of("lisse", "hillegom"), " Kadernota "))
                    .expectEvents(new BijeenkomstGehouden(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG,
                            List.of("hillegom", "lisse"), "Kadernota"))
                    .expectResultMessagePayload(ID.waarde());
        }

        @Test
        void legtEenBijeenkomstDieNogMoetKomenVastAlsGepland() {
            fixture.givenNoPriorActivity()
                    .when(new LegBijeenkomstVast(ID, Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG.plusDays(1), List.of("teylingen", "lisse",
                            "hillegom"), "Begroting 2027", PcMoment.BEGROTING))
                    .expectEvents(new BijeenkomstGepland(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG.plusDays(1),
                            List.of("hillegom", "lisse", "teylingen"), "Begroting 2027", PcMoment.BEGROTING));
        }

        @Test
        void eenPcMomentHoortBijDeRadenEnDeDatumBijDeJarenVanSamenboek() {
            fixture.givenNoPriorActivity()
                    .when(new LegBijeenkomstVast(ID, Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES, LocalDate.of(2041, 1, 1),
                            List.of("lisse", "hillegom"), "Eigenaarschap", PcMoment.KADERNOTA))
                    .expectException(ongeldig("datum", "pcMoment"))
                    .expectNoEvents();
        }

        @Test
        void legtEenPcMomentVastBijEenGehoudenBijeenkomstVanDeRaden() {
            fixture.givenNoPriorActivity()
                    .when(new LegBijeenkomstVast(ID, Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG, List.of("lisse", "hillegom"),
                            "Kadernota", PcMoment.KADERNOTA))
                    .expectEvents(new BijeenkomstGehouden(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG,
                            List.of("hillegom", "lisse"), "Kadernota", PcMoment.KADERNOTA));
        }

        @Test
        void isAlleenGezamenlijkMetTenMinsteTweeGemeenten() {
            fixture.givenNoPriorActivity()
                    .when(raden(VANDAAG, List.of("lisse"), "Kadernota"))
                    .expectException(ongeldig("gemeenten"))
                    .expectNoEvents();
        }

        @Test
        void kentAlleenGemeentenVanDeSamenwerking() {
            fixture.givenNoPriorActivity()
                    .when(raden(VANDAAG, List.of("lisse", "bennebroek"), "Kadernota"))
                    .expectException(ongeldig("gemeenten"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOntbrekendVeld() {
            fixture.givenNoPriorActivity()
                    .when(new LegBijeenkomstVast(ID, null, null, List.of("lisse", "lisse"), ""))
                    .expectException(ongeldig("soort", "datum", "gemeenten", "onderwerp"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Annuleren {

        private final BijeenkomstGepland morgen = new BijeenkomstGepland(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES,
                VANDAAG.plusDays(1), List.of("hillegom", "lisse", "teylingen"), "Eigenaarschap", null);

        @Test
        void annuleertEenGeplandeBijeenkomstMetReden() {
            fixture.given(morgen)
                    .when(new AnnuleerBijeenkomst(ID, " Verkiezingen "))
                    .expectEvents(new BijeenkomstGeannuleerd(ID.waarde(), "Verkiezingen", List.of("hillegom", "lisse", "teylingen")))
                    .expectResultMessagePayload(ID.waarde());
        }

        @Test
        void vraagtEenReden() {
            fixture.given(morgen)
                    .when(new AnnuleerBijeenkomst(ID, " "))
                    .expectException(ongeldig("reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertTweemaalAnnuleren() {
            fixture.given(morgen, new BijeenkomstGeannuleerd(ID.waarde(), "Verkiezingen", List.of("hillegom", "lisse", "teylingen")))
                    .when(new AnnuleerBijeenkomst(ID, "Nog eens"))
                    .expectException(conflict("bijeenkomst.geannuleerd-is-definitief"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenGehoudenBijeenkomstTeAnnuleren() {
            fixture.given(new BijeenkomstGehouden(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_RADEN, VANDAAG, List.of("hillegom", "lisse"),
                            "Kadernota"))
                    .when(new AnnuleerBijeenkomst(ID, "Toch niet"))
                    .expectException(conflict("bijeenkomst.gehouden-is-definitief"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenGeplandeBijeenkomstWaarvanDeDagVoorbijIs() {
            fixture.given(new BijeenkomstGepland(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES, VANDAAG.minusDays(1),
                            List.of("hillegom", "lisse", "teylingen"), "Eigenaarschap", null))
                    .when(new AnnuleerBijeenkomst(ID, "Achteraf"))
                    .expectException(conflict("bijeenkomst.gehouden-is-definitief"))
                    .expectNoEvents();
        }

        @Test
        void annuleertOpDeDagZelfNog() {
            fixture.given(new BijeenkomstGepland(ID.waarde(), Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES, VANDAAG,
                            List.of("hillegom", "lisse", "teylingen"), "Eigenaarschap", null))
                    .when(new AnnuleerBijeenkomst(ID, "Ziekte"))
                    .expectEvents(new BijeenkomstGeannuleerd(ID.waarde(), "Ziekte", List.of("hillegom", "lisse", "teylingen")));
        }
    }
}
