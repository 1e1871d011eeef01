package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
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
import static nl.samenboek.domain.aanbeveling.VaststellingBouwer.aanbevelingC;

class AanbevelingTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    /** Monday 2 March 2026 in the Netherlands. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAG = LocalDate.of(2025, 2, 3);
    private static final AanbevelingVastgesteld C = aanbevelingC().vastgesteld();

    private AggregateTestFixture<Aanbeveling> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Aanbeveling.class);
        fixture.registerInjectableResource(KLOK);
    }

    @Nested
    class Vaststellen {

        @Test
        void legtEenAanbevelingVanDeNotaVast() {
            fixture.givenNoPriorActivity()
                    .when(aanbevelingC().voor("teylingen", "hillegom", "lisse").metMijlpalen(null).bouw())
                    .expectEvents(aanbevelingC().metMijlpalen(List.of()).vastgesteld())
                    .expectResultMessagePayload(new AanbevelingStand("C", 1));
        }

        @Test
        void kentAlleenDeLettersAtotX() {
            fixture.givenNoPriorActivity()
                    .when(aanbevelingC().metLetter("Y").bouw())
                    .expectException(ongeldig("letter"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOntbrekendVeld() {
            fixture.givenNoPriorActivity()
                    .when(aanbevelingC().metTitel(" ").metCategorie(null).vastgesteldOp(null).voor().bouw())
                    .expectException(ongeldig("titel", "categorie", "vastgesteldOp", "gemeenten"))
                    .expectNoEvents();
        }
    }

    @Nested
    class VoortgangMelden {

        @Test
        void meldtVoortgangMetDatumEnToelichting() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.GESTART, DAG, " Eerste evaluatie gepland ", "directie"))
                    .expectEvents(new VoortgangGemeld("C", Voortgangssoort.GESTART, DAG, "Eerste evaluatie gepland", "directie", DRIE))
                    .expectResultMessagePayload(new AanbevelingStand("C", 2));
        }

        @Test
        void meldtVoortgangVanVandaag() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.MIJLPAAL, VANDAAG, "Eerste ronde klaar", "bestuur"))
                    .expectEvents(new VoortgangGemeld("C", Voortgangssoort.MIJLPAAL, VANDAAG, "Eerste ronde klaar", "bestuur", DRIE));
        }

        @Test
        void weigertEenDatumVoorDeNotaEnEenLegeToelichting() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.GESTART, LocalDate.of(2024, 1, 1), " ", "directie"))
                    .expectException(ongeldig("datum", "toelichting"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenDatumInDeToekomstEnZonderSoort() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", null, VANDAAG.plusDays(1), "Straks", "directie"))
                    .expectException(ongeldig("soort", "datum"))
                    .expectNoEvents();
        }

        @Test
        void weigertTweemaalRealiseren() {
            fixture.given(C, new VoortgangGemeld("C", Voortgangssoort.GEREALISEERD, DAG, "Klaar", "directie", DRIE))
                    .when(new MeldVoortgang("C", Voortgangssoort.GEREALISEERD, DAG, "Nog eens klaar", "directie"))
                    .expectException(conflict("aanbeveling.gerealiseerd-is-definitief"))
                    .expectNoEvents();
        }

        @Test
        void weigertVoortgangNaVerval() {
            fixture.given(C, new VervalBesloten("C", DAG, "Achterhaald", DRIE))
                    .when(new MeldVoortgang("C", Voortgangssoort.VOORTGANG, DAG, "Toch bezig", "directie"))
                    .expectException(conflict("aanbeveling.vervallen-is-definitief"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Uitstellen {

        @Test
        void steltUitMetNieuweDeadlineEnReden() {
            fixture.given(C)
                    .when(new NeemUitstelbesluit("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit"))
                    .expectEvents(new UitstelBesloten("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit", DRIE))
                    .expectResultMessagePayload(new AanbevelingStand("C", 2));
        }

        @Test
        void weigertEenNieuweDeadlineVoorHetBesluit() {
            fixture.given(C)
                    .when(new NeemUitstelbesluit("C", DAG, DAG.minusDays(1), "Terug in de tijd"))
                    .expectException(ongeldig("nieuweDeadline"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenDeadlineNa2040EnZonderReden() {
            fixture.given(C)
                    .when(new NeemUitstelbesluit("C", DAG, LocalDate.of(2041, 1, 1), null))
                    .expectException(ongeldig("nieuweDeadline", "reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertUitstelVanEenGerealiseerdeAanbeveling() {
            fixture.given(C, new VoortgangGemeld("C", Voortgangssoort.GEREALISEERD, DAG, "Klaar", "directie", DRIE))
                    .when(new NeemUitstelbesluit("C", DAG, LocalDate.of(2025, 9, 30), "Toch later"))
                    .expectException(conflict("aanbeveling.gerealiseerd-is-definitief"))
                    .expectNoEvents();
        }
    }

    @Nested
    class LatenVervallen {

        @Test
        void laatVervallenMetReden() {
            fixture.given(C)
                    .when(new NeemVervalbesluit("C", DAG, "Opgenomen in D"))
                    .expectEvents(new VervalBesloten("C", DAG, "Opgenomen in D", DRIE))
                    .expectResultMessagePayload(new AanbevelingStand("C", 2));
        }

        @Test
        void vraagtDatumEnReden() {
            fixture.given(C)
                    .when(new NeemVervalbesluit("C", null, " "))
                    .expectException(ongeldig("datum", "reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertTweemaalVervallen() {
            fixture.given(C, new VervalBesloten("C", DAG, "Opgenomen in D", DRIE))
                    .when(new NeemVervalbesluit("C", DAG, "Nog eens"))
                    .expectException(conflict("aanbeveling.vervallen-is-definitief"))
                    .expectNoEvents();
        }
    }
}
