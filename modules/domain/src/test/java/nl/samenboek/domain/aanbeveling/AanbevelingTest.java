package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class AanbevelingTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    private static final LocalDate NOTA = LocalDate.of(2024, 10, 22);
    private static final LocalDate DAG = LocalDate.of(2025, 2, 3);
    private static final AanbevelingVastgesteld C = new AanbevelingVastgesteld("C", "Spreek evaluaties af", Aanbevelingscategorie.INSTRUMENTEEL,
            "Evaluaties zijn standaard", "1e kwartaal 2025", LocalDate.of(2025, 3, 31), List.of(), null, NOTA, "nota", DRIE);

    private AggregateTestFixture<Aanbeveling> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Aanbeveling.class);
    }

    @Nested
    class VoortgangMelden {

        @Test
        void meldtVoortgangMetDatumEnToelichting() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.GESTART, DAG, "Eerste evaluatie gepland", "directie"))
                    .expectEvents(new VoortgangGemeld("C", Voortgangssoort.GESTART, DAG, "Eerste evaluatie gepland", "directie", DRIE))
                    .expectResultMessagePayload(new AanbevelingStand("C", 2));
        }

        @Test
        void weigertTweemaalRealiseren() {
            fixture.given(C, new VoortgangGemeld("C", Voortgangssoort.GEREALISEERD, DAG, "Klaar", "directie", DRIE))
                    .when(new MeldVoortgang("C", Voortgangssoort.GEREALISEERD, DAG, "Nog eens klaar", "directie"))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertVoortgangNaVerval() {
            fixture.given(C, new VervalBesloten("C", DAG, "Achterhaald", DRIE))
                    .when(new MeldVoortgang("C", Voortgangssoort.VOORTGANG, DAG, "Toch bezig", "directie"))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertEenDatumVoorDeNotaOfZonderToelichting() {
            fixture.given(C)
                    .when(new MeldVoortgang("C", Voortgangssoort.GESTART, LocalDate.of(2024, 1, 1), " ", "directie"))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }
    }

    @Nested
    class Besluiten {

        @Test
        void stelUitMetNieuweDeadlineEnReden() {
            fixture.given(C)
                    .when(new NeemUitstelbesluit("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit"))
                    .expectEvents(new UitstelBesloten("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit", DRIE));
        }

        @Test
        void weigertEenNieuweDeadlineVoorHetBesluit() {
            fixture.given(C)
                    .when(new NeemUitstelbesluit("C", DAG, DAG.minusDays(1), "Terug in de tijd"))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void laatVervallenMetReden() {
            fixture.given(C)
                    .when(new NeemVervalbesluit("C", DAG, "Opgenomen in D"))
                    .expectEvents(new VervalBesloten("C", DAG, "Opgenomen in D", DRIE));
        }

        @Test
        void weigertTweemaalVervallen() {
            fixture.given(C, new VervalBesloten("C", DAG, "Opgenomen in D", DRIE))
                    .when(new NeemVervalbesluit("C", DAG, "Nog eens"))
                    .expectException(Conflict.class).expectNoEvents();
        }
    }
}
