package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingGebeurtenis;
import nl.samenboek.messages.aanbeveling.AanbevelingId;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import nl.samenboek.projections.opdracht.GeheugenMongo;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendations' projection against the embedded MongoDB-compatible server: one document per letter, idempotent. */
class AanbevelingenProjectionMongoTest {

    private static final List<String> HLT = List.of("hillegom", "lisse", "teylingen");

    private GeheugenMongo server;
    private MongoTemplate mongo;
    private AanbevelingenProjection projectie;

    @BeforeEach
    void start() {
        server = new GeheugenMongo();
        mongo = server.template("aanbevelingen");
        projectie = new AanbevelingenProjection(mongo);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bewaartElkeAanbevelingOnderHaarLetterEnNegeertHerhaling() {
        List<GenericDomainEventMessage<AanbevelingGebeurtenis>> geschiedenis = berichten("V",
                new AanbevelingVastgesteld("V", "Groeimodel opdrachtgeverschap", Aanbevelingscategorie.INSTRUMENTEEL,
                        "Van input via output naar outcome", "2025-2030", LocalDate.of(2030, 12, 31), List.of(), null,
                        LocalDate.of(2024, 10, 22), "nota HLT Samen Verder, Bijlage I", HLT),
                new VoortgangGemeld("V", Voortgangssoort.GESTART, LocalDate.of(2025, 1, 15), "Eerste werkplannen", "directie", HLT),
                new UitstelBesloten("V", LocalDate.of(2025, 6, 1), LocalDate.of(2031, 6, 30), "Evaluatie schuift op", HLT));
        geschiedenis.forEach(this::lever);
        geschiedenis.forEach(this::lever);

        AanbevelingDocument v = mongo.findById("V", AanbevelingDocument.class);
        assertThat(v).isNotNull();
        assertThat(v.getVersie()).isEqualTo(3);
        assertThat(v.getFeiten()).extracting(AanbevelingDocument.Feit::soort).containsExactly("gestart", AanbevelingDocument.UITSTEL);
        assertThat(mongo.count(new Query(), AanbevelingDocument.class)).isEqualTo(1);
    }

    @Test
    void eenGeplandeBijeenkomstKrijgtHaarAnnuleringEnBlijftGeannuleerd() {
        Instant gepland = Instant.parse("2026-12-01T09:00:00Z");
        projectie.on(new BijeenkomstGepland("b1", Bijeenkomstsoort.GEZAMENLIJKE_RADEN, LocalDate.of(2027, 3, 1), HLT, "Kadernota 2028",
                PcMoment.KADERNOTA), gepland);
        projectie.on(new BijeenkomstGeannuleerd("b1", "Verkiezingen", HLT), gepland.plusSeconds(60));
        projectie.on(new BijeenkomstGeannuleerd("b1", "Nog eens", HLT), gepland.plusSeconds(120));

        BijeenkomstDocument b1 = mongo.findById("b1", BijeenkomstDocument.class);
        assertThat(b1).isNotNull();
        assertThat(b1.pcMoment()).isEqualTo(PcMoment.KADERNOTA);
        assertThat(b1.annulering().reden()).isEqualTo("Verkiezingen");
        assertThat(b1.bestaatOp(new Peilmoment(LocalDate.of(2026, 11, 30), null))).as("vóór zij gepland werd").isFalse();
        assertThat(b1.status(new Peilmoment(LocalDate.of(2026, 12, 1), gepland.plusSeconds(1)))).isEqualTo(Bijeenkomststatus.GEPLAND);
        assertThat(b1.status(new Peilmoment(LocalDate.of(2027, 3, 1), gepland.plusSeconds(1)))).isEqualTo(Bijeenkomststatus.GEHOUDEN);
        assertThat(b1.status(new Peilmoment(LocalDate.of(2027, 3, 1), null))).isEqualTo(Bijeenkomststatus.GEANNULEERD);
    }

    private void lever(GenericDomainEventMessage<AanbevelingGebeurtenis> bericht) {
        projectie.on(bericht.getPayload(), bericht);
    }

    private static List<GenericDomainEventMessage<AanbevelingGebeurtenis>> berichten(String letter,
                                                                                     AanbevelingGebeurtenis... gebeurtenissen) {
        List<GenericDomainEventMessage<AanbevelingGebeurtenis>> berichten = new ArrayList<>();
        for (AanbevelingGebeurtenis gebeurtenis : gebeurtenissen) {
            berichten.add(new GenericDomainEventMessage<>("Aanbeveling", AanbevelingId.van(letter).toString(), berichten.size(), gebeurtenis));
        }
        return berichten;
    }
}
