package nl.samenboek.domain.monitor;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.monitor.MetingGedaan;
import nl.samenboek.messages.monitor.MetingVastgesteld;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.Monitorstand;
import nl.samenboek.messages.monitor.NeemMetingOp;
import nl.samenboek.messages.monitor.Normenkader;
import nl.samenboek.messages.monitor.NormenkaderVastgesteld;
import nl.samenboek.messages.monitor.StelMetingVast;
import nl.samenboek.messages.monitor.StelNormenkaderVast;
import nl.samenboek.messages.fout.NietGevonden;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.samenboek.domain.Weigeringen.conflict;
import static nl.samenboek.domain.Weigeringen.ongeldig;

class MonitorTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant BEKEND_OP = Instant.parse("2026-03-02T09:00:00Z");
    private static final Map<String, BigDecimal> NORMEN = new TreeMap<>(Map.of("aandeel-output", new BigDecimal("0.5"),
            "aanbevelingen-te-laat", new BigDecimal("2")));
    private static final Map<String, Grootboekstand> KOPPEN = new TreeMap<>(Map.of("hillegom", new Grootboekstand(40, "a".repeat(64)),
            "lisse", new Grootboekstand(41, "b".repeat(64)), "teylingen", new Grootboekstand(42, "c".repeat(64))));
    private static final Map<String, Indicatorwaarde> WAARDEN = new TreeMap<>(Map.of("aanbevelingen-te-laat",
            new Indicatorwaarde(new BigDecimal("5"), null)));

    private AggregateTestFixture<Monitor> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Monitor.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
        fixture.registerInjectableResource(KLOK);
    }

    private static NormenkaderVastgesteld normenkader2025() {
        return new NormenkaderVastgesteld(2025, NORMEN, DRIE);
    }

    private static NeemMetingOp meting(String id, Metingsoort soort, LocalDate peildatum) {
        return new NeemMetingOp(id, soort, peildatum, 2025, "Nulmeting eind 2025", BEKEND_OP, KOPPEN, WAARDEN);
    }

    private static MetingGedaan gedaan(String id, Metingsoort soort, LocalDate peildatum) {
        return new MetingGedaan(id, soort, peildatum, 2025, "Nulmeting eind 2025", BEKEND_OP, KOPPEN, WAARDEN, DRIE);
    }

    @Nested
    class Normenkaders {

        @Test
        void hetBestuurSteltPerIndicatorEenNormVast() {
            fixture.givenNoPriorActivity()
                    .when(new StelNormenkaderVast(2025, NORMEN))
                    .expectEvents(normenkader2025())
                    .expectResultMessagePayload(new Normenkader(2025, NORMEN, 1));
        }

        @Test
        void hetzelfdeNormenkaderNogmaalsVeranderNiets() {
            fixture.given(normenkader2025())
                    .when(new StelNormenkaderVast(2025, Map.of("aandeel-output", new BigDecimal("0.50"), "aanbevelingen-te-laat",
                            new BigDecimal("2"))))
                    .expectNoEvents();
        }

        @Test
        void ligtVastZodraEenMetingErnaarVerwijst() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(new StelNormenkaderVast(2025, Map.of("aandeel-output", new BigDecimal("0.6"))))
                    .expectException(conflict("normenkader.vast-na-meting"))
                    .expectNoEvents();
        }

        @Test
        void eenAnderJaarBlijftVrij() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(new StelNormenkaderVast(2028, Map.of("aandeel-output", new BigDecimal("0.6"))))
                    .expectEvents(new NormenkaderVastgesteld(2028, Map.of("aandeel-output", new BigDecimal("0.6")), DRIE));
        }

        @Test
        void noemtOnbekendeIndicatorenEnNormenBuitenHunEenheid() {
            Map<String, BigDecimal> normen = new java.util.HashMap<>();
            normen.put("geluk", BigDecimal.ONE);
            normen.put("aandeel-output", new BigDecimal("1.5"));
            normen.put("teams-boven-capaciteit", new BigDecimal("0.5"));
            normen.put("aandeel-outcome", null);
            fixture.givenNoPriorActivity()
                    .when(new StelNormenkaderVast(2016, normen))
                    .expectException(ongeldig("jaar", "indicatoren.geluk", "indicatoren.aandeel-output.norm",
                            "indicatoren.teams-boven-capaciteit.norm", "indicatoren.aandeel-outcome.norm"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Metingen {

        @Test
        void eenNulmetingBevriestDeIndicatorenMetDeKoppen() {
            fixture.given(normenkader2025())
                    .when(meting("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .expectEvents(gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .expectResultMessagePayload(new Monitorstand("m1", 2));
        }

        @Test
        void eenTweedeNulmetingIsEenConflict() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(meting("m2", Metingsoort.NULMETING, LocalDate.of(2026, 1, 31)))
                    .expectException(conflict("meting.een-nulmeting"))
                    .expectNoEvents();
        }

        @Test
        void eenMetingVolgtOpDeNulmeting() {
            fixture.given(normenkader2025())
                    .when(meting("m2", Metingsoort.METING, LocalDate.of(2026, 1, 31)))
                    .expectException(conflict("meting.eerst-nulmeting"))
                    .expectNoEvents();
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(meting("m2", Metingsoort.METING, LocalDate.of(2025, 6, 30)))
                    .expectException(conflict("meting.na-nulmeting"))
                    .expectNoEvents();
        }

        @Test
        void vraagtEenVoorbijePeildatumEnEenBestaandNormenkader() {
            fixture.givenNoPriorActivity()
                    .when(new NeemMetingOp("m1", null, LocalDate.of(2026, 3, 2), 2025, " ", BEKEND_OP, KOPPEN, WAARDEN))
                    .expectException(ongeldig("soort", "peildatum", "normenkader", "omschrijving"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Vaststellingen {

        @Test
        void deRaadVanEenGemeenteSteltDeMetingVast() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(new StelMetingVast("m1", "lisse", " Raadsbesluit 2026-14 ", LocalDate.of(2026, 2, 12)))
                    .expectEvents(new MetingVastgesteld("m1", "lisse", "Raadsbesluit 2026-14", LocalDate.of(2026, 2, 12), List.of("lisse")));
        }

        @Test
        void eenmaalPerRaad() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)),
                            new MetingVastgesteld("m1", "lisse", "Besluit", LocalDate.of(2026, 2, 12), List.of("lisse")))
                    .when(new StelMetingVast("m1", "lisse", "Nogmaals", LocalDate.of(2026, 2, 13)))
                    .expectException(conflict("vaststelling.eenmaal-per-raad"))
                    .expectNoEvents();
        }

        @Test
        void alleenVoorEenGemetenGemeente() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(new StelMetingVast("m1", "noordwijk", "Besluit", LocalDate.of(2026, 2, 12)))
                    .expectException(conflict("vaststelling.gemeente-gemeten"))
                    .expectNoEvents();
        }

        @Test
        void eenOnbekendeMetingBestaatNiet() {
            fixture.given(normenkader2025())
                    .when(new StelMetingVast("m9", "lisse", "Besluit", LocalDate.of(2026, 2, 12)))
                    .expectException(NietGevonden.class)
                    .expectNoEvents();
        }

        @Test
        void vraagtBesluitEnEenDatumNaDePeildatum() {
            fixture.given(normenkader2025(), gedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31)))
                    .when(new StelMetingVast("m1", "lisse", "", LocalDate.of(2025, 12, 1)))
                    .expectException(ongeldig("besluit", "datum"))
                    .expectNoEvents();
        }
    }
}
