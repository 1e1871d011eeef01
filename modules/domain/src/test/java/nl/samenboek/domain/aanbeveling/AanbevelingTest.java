package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.DeelAanbevelingIn;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
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
import static nl.samenboek.domain.Weigeringen.verboden;
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
                    .expectEvents(new VoortgangGemeld("C", Voortgangssoort.GESTART, DAG, "Eerste evaluatie gepland", "directie", DRIE, 1, null))
                    .expectResultMessagePayload(new AanbevelingStand("C", 2));
        }

        @Test
        void meldtVoortgangVanVandaag() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.MIJLPAAL, VANDAAG, "Eerste ronde klaar", "bestuur"))
                    .expectEvents(new VoortgangGemeld("C", Voortgangssoort.MIJLPAAL, VANDAAG, "Eerste ronde klaar", "bestuur", DRIE, 1, null));
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
                    .expectEvents(new UitstelBesloten("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit", DRIE, 1))
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

    /** Recommendation V of the nota: input (2025), output (2027), outcome (2030) (nota, Bijlage I). */
    private static final AanbevelingVastgesteld V = aanbevelingC().metLetter("V").metMijlpalen(List.of(
            new Mijlpaal(LocalDate.of(2027, 12, 31), "SMART contracteren op output"),
            new Mijlpaal(LocalDate.of(2030, 12, 31), "Contracteren op outcome"))).vastgesteld();
    private static final AanbevelingIngedeeld V_INGEDEELD = new AanbevelingIngedeeld("V", "Input op uren", false, DRIE);

    /** Recommendation N of the nota: opstellen (2025), implementatie (2026), by every gemeente for itself. */
    private static final AanbevelingVastgesteld N = aanbevelingC().metLetter("N").metMijlpalen(List.of(
            new Mijlpaal(LocalDate.of(2026, 12, 31), "Implementatie gestart"))).vastgesteld();
    private static final AanbevelingIngedeeld N_INGEDEELD = new AanbevelingIngedeeld("N", "Beleid opgesteld", true, DRIE);

    private static VoortgangGemeld gerealiseerd(String letter, int stap, String gemeente) {
        return new VoortgangGemeld(letter, Voortgangssoort.GEREALISEERD, DAG, "Klaar", "directie", DRIE, stap, gemeente);
    }

    private static MeldVoortgang melding(String letter, Voortgangssoort soort, Integer stap, String gemeente, String door,
                                         String doorGemeente) {
        return new MeldVoortgang(letter, soort, DAG, "Stand van zaken", door, stap, gemeente, doorGemeente);
    }

    @Nested
    class Indelen {

        @Test
        void legtEersteStapEnPerGemeenteEenmaalVast() {
            fixture.given(N)
                    .when(new DeelAanbevelingIn("N", " Beleid opgesteld ", true))
                    .expectEvents(N_INGEDEELD)
                    .expectResultMessagePayload(new AanbevelingStand("N", 2));
        }

        @Test
        void laatEenIngedeeldeAanbevelingZoalsZeIs() {
            fixture.given(N, N_INGEDEELD)
                    .when(new DeelAanbevelingIn("N", "Iets anders", false))
                    .expectNoEvents()
                    .expectResultMessagePayload(new AanbevelingStand("N", 2));
        }
    }

    @Nested
    class Stappen {

        @Test
        void eenMeldingZonderStapBetreftDeVroegsteOpenStap() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null))
                    .when(melding("V", Voortgangssoort.VOORTGANG, null, null, "directie", null))
                    .expectEvents(new VoortgangGemeld("V", Voortgangssoort.VOORTGANG, DAG, "Stand van zaken", "directie", DRIE, 2, null));
        }

        @Test
        void deEersteStapGerealiseerdMaaktDeAanbevelingNietDefinitief() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null))
                    .when(melding("V", Voortgangssoort.GEREALISEERD, null, null, "bestuur", null))
                    .expectEvents(new VoortgangGemeld("V", Voortgangssoort.GEREALISEERD, DAG, "Stand van zaken", "bestuur", DRIE, 2, null));
        }

        @Test
        void naDeLaatsteStapIsZeGerealiseerdEnDefinitief() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null), gerealiseerd("V", 2, null), gerealiseerd("V", 3, null))
                    .when(melding("V", Voortgangssoort.VOORTGANG, null, null, "directie", null))
                    .expectException(conflict("aanbeveling.gerealiseerd-is-definitief"))
                    .expectNoEvents();
        }

        @Test
        void zolangEenEerdereStapOpenIsIsZeNietGerealiseerd() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 3, null), gerealiseerd("V", 2, null))
                    .when(melding("V", Voortgangssoort.GEREALISEERD, null, null, "directie", null))
                    .expectEvents(new VoortgangGemeld("V", Voortgangssoort.GEREALISEERD, DAG, "Stand van zaken", "directie", DRIE, 1, null));
        }

        @Test
        void weigertEenStapDieAlGerealiseerdIs() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null))
                    .when(melding("V", Voortgangssoort.VOORTGANG, 1, null, "directie", null))
                    .expectException(conflict("aanbeveling.stap-gerealiseerd"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenOnbekendeStap() {
            fixture.given(V, V_INGEDEELD)
                    .when(melding("V", Voortgangssoort.VOORTGANG, 4, null, "directie", null))
                    .expectException(ongeldig("stap"))
                    .expectNoEvents();
        }

        @Test
        void eenUitstelbesluitVerschuiftDeVroegsteOpenStapOfDeGenoemde() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null))
                    .when(new NeemUitstelbesluit("V", DAG, LocalDate.of(2028, 6, 30), "Output later"))
                    .expectEvents(new UitstelBesloten("V", DAG, LocalDate.of(2028, 6, 30), "Output later", DRIE, 2));
            fixture.given(V, V_INGEDEELD)
                    .when(new NeemUitstelbesluit("V", DAG, LocalDate.of(2031, 6, 30), "Outcome later", 3))
                    .expectEvents(new UitstelBesloten("V", DAG, LocalDate.of(2031, 6, 30), "Outcome later", DRIE, 3));
        }

        @Test
        void weigertUitstelVanEenGerealiseerdeOfOnbekendeStap() {
            fixture.given(V, V_INGEDEELD, gerealiseerd("V", 1, null))
                    .when(new NeemUitstelbesluit("V", DAG, LocalDate.of(2026, 6, 30), "Te laat", 1))
                    .expectException(conflict("aanbeveling.stap-gerealiseerd"))
                    .expectNoEvents();
            fixture.given(V, V_INGEDEELD)
                    .when(new NeemUitstelbesluit("V", DAG, LocalDate.of(2026, 6, 30), "Welke?", 0))
                    .expectException(ongeldig("stap"))
                    .expectNoEvents();
        }
    }

    @Nested
    class PerGemeente {

        @Test
        void eenCollegeMeldtVoorDeEigenGemeente() {
            fixture.given(N, N_INGEDEELD)
                    .when(melding("N", Voortgangssoort.GEREALISEERD, null, "lisse", "college", "lisse"))
                    .expectEvents(new VoortgangGemeld("N", Voortgangssoort.GEREALISEERD, DAG, "Stand van zaken", "college", DRIE, 1, "lisse"));
        }

        @Test
        void eenCollegeMeldtNietVoorEenAndereGemeente() {
            fixture.given(N, N_INGEDEELD)
                    .when(melding("N", Voortgangssoort.GESTART, null, "hillegom", "college", "lisse"))
                    .expectException(verboden("aanbeveling.eigen-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenCollegeNoemtZijnGemeente() {
            fixture.given(N, N_INGEDEELD)
                    .when(melding("N", Voortgangssoort.GESTART, null, null, "college", "lisse"))
                    .expectException(ongeldig("gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenCollegeMeldtNietOpEenAanbevelingDieNietPerGemeenteIs() {
            fixture.given(V, V_INGEDEELD)
                    .when(melding("V", Voortgangssoort.GESTART, null, "lisse", "college", "lisse"))
                    .expectException(verboden("aanbeveling.college-alleen-per-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenGemeenteAlleenBijEenAanbevelingPerGemeente() {
            fixture.given(V, V_INGEDEELD)
                    .when(melding("V", Voortgangssoort.GESTART, null, "lisse", "directie", null))
                    .expectException(ongeldig("gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenGemeenteVanDeAanbeveling() {
            fixture.given(N, N_INGEDEELD)
                    .when(melding("N", Voortgangssoort.GESTART, null, "bennebroek", "bestuur", null))
                    .expectException(ongeldig("gemeente"))
                    .expectNoEvents();
        }

        @Test
        void stappenGeldenPerGemeente() {
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, "lisse"))
                    .when(melding("N", Voortgangssoort.VOORTGANG, null, "lisse", "directie", null))
                    .expectEvents(new VoortgangGemeld("N", Voortgangssoort.VOORTGANG, DAG, "Stand van zaken", "directie", DRIE, 2, "lisse"));
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, "lisse"))
                    .when(melding("N", Voortgangssoort.VOORTGANG, null, "teylingen", "directie", null))
                    .expectEvents(new VoortgangGemeld("N", Voortgangssoort.VOORTGANG, DAG, "Stand van zaken", "directie", DRIE, 1, "teylingen"));
        }

        @Test
        void zonderGemeenteGeldtEenMeldingVoorAlleGemeenten() {
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, "lisse"))
                    .when(melding("N", Voortgangssoort.GEREALISEERD, null, null, "bestuur", null))
                    .expectEvents(new VoortgangGemeld("N", Voortgangssoort.GEREALISEERD, DAG, "Stand van zaken", "bestuur", DRIE, 1, null));
        }

        @Test
        void gerealiseerdPasAlsElkeGemeenteElkeStapHeeft() {
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, null), gerealiseerd("N", 2, "lisse"), gerealiseerd("N", 2, "hillegom"))
                    .when(melding("N", Voortgangssoort.VOORTGANG, null, "lisse", "college", "lisse"))
                    .expectException(conflict("aanbeveling.gerealiseerd-is-definitief"))
                    .expectNoEvents();
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, null), gerealiseerd("N", 2, "lisse"), gerealiseerd("N", 2, "hillegom"))
                    .when(melding("N", Voortgangssoort.GEREALISEERD, null, "teylingen", "college", "teylingen"))
                    .expectEvents(new VoortgangGemeld("N", Voortgangssoort.GEREALISEERD, DAG, "Stand van zaken", "college", DRIE, 2, "teylingen"));
            fixture.given(N, N_INGEDEELD, gerealiseerd("N", 1, null), gerealiseerd("N", 2, null))
                    .when(melding("N", Voortgangssoort.VOORTGANG, null, "teylingen", "college", "teylingen"))
                    .expectException(conflict("aanbeveling.gerealiseerd-is-definitief"))
                    .expectNoEvents();
        }
    }
}
