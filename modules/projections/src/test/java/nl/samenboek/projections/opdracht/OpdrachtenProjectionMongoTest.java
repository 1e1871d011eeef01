package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.OpdrachtMother;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.List;

import static nl.samenboek.domain.opdracht.OpdrachtMother.ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The projection against the embedded MongoDB-compatible server: stored, idempotent, and rebuildable. */
class OpdrachtenProjectionMongoTest {

    private GeheugenMongo server;
    private MongoTemplate mongo;
    private OpdrachtenProjection projectie;

    @BeforeEach
    void start() {
        server = new GeheugenMongo();
        mongo = server.template("test");
        projectie = new OpdrachtenProjection(mongo, Tussenstanden.geen());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bewaartDeOpdrachtEnNegeertHerhaling() {
        List<OpdrachtGebeurtenis> events = List.of(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                OpdrachtMother.toegezegd(List.of("lisse"), 2025, "40"));
        speel(events);
        speel(events);
        OpdrachtDocument opgeslagen = mongo.findById(ID.waarde(), OpdrachtDocument.class);
        assertThat(opgeslagen).isNotNull();
        assertThat(opgeslagen.getVersie()).isEqualTo(3);
        assertThat(opgeslagen.toegezegdeUren()).isEqualByComparingTo("40");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), OpdrachtDocument.class)).isEqualTo(1);
    }

    /** An event whose versie skips one (its predecessor never reached the projection) is refused, the document unchanged. */
    @Test
    void weigertEenGebeurtenisNaEenGatEnLaatHetDocumentOngemoeid() {
        List<GenericDomainEventMessage<OpdrachtGebeurtenis>> berichten = List.of(
                new GenericDomainEventMessage<>("Opdracht", ID.waarde(), 0, OpdrachtMother.aangevraagdDoorLisse()),
                new GenericDomainEventMessage<>("Opdracht", ID.waarde(), 1, OpdrachtMother.aanvaard(List.of("lisse"))),
                new GenericDomainEventMessage<>("Opdracht", ID.waarde(), 2, OpdrachtMother.toegezegd(List.of("lisse"), 2025, "40")));
        projectie.on(berichten.get(0).getPayload(), berichten.get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> projectie.on(berichten.get(2).getPayload(), berichten.get(2)))
                .isInstanceOf(nl.samenboek.projections.verwerking.Versievolgorde.GatInVersies.class)
                .hasMessageContaining("versie 1").hasMessageContaining("versie 3");
        assertThat(mongo.findById(ID.waarde(), OpdrachtDocument.class).getVersie()).isEqualTo(1);
        // once the missing event arrives, the rest follows, and a re-delivery changes nothing
        berichten.forEach(bericht -> projectie.on(bericht.getPayload(), bericht));
        berichten.forEach(bericht -> projectie.on(bericht.getPayload(), bericht));
        assertThat(mongo.findById(ID.waarde(), OpdrachtDocument.class).getVersie()).isEqualTo(3);
    }

    @Test
    void eenHerbouwGeeftHetzelfdeResultaat() {
        List<OpdrachtGebeurtenis> events = List.of(OpdrachtMother.gezamenlijkAangevraagd(), OpdrachtMother.medeondertekendDoor("lisse"),
                OpdrachtMother.medeondertekendDoor("teylingen"), OpdrachtMother.aanvaard(OpdrachtMother.DRIE));
        speel(events);
        OpdrachtDocument live = mongo.findById(ID.waarde(), OpdrachtDocument.class);
        projectie.wisAlles();
        assertThat(mongo.findById(ID.waarde(), OpdrachtDocument.class)).isNull();
        speel(events);
        OpdrachtDocument herbouwd = mongo.findById(ID.waarde(), OpdrachtDocument.class);
        assertThat(herbouwd).usingRecursiveComparison().isEqualTo(live);
    }

    @Test
    void bewaartUrenPerJaarEnLeestEenDocumentMetHetOudeDagboek() {
        speel(List.of(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                OpdrachtMother.toegezegd(List.of("lisse"), 2025, "40"), geregistreerd("2025-01-07", "2.5"),
                geregistreerd("2025-01-06", "4"), geregistreerd("2025-01-07", "1")));
        Document ruw = mongo.getCollection(mongo.getCollectionName(OpdrachtDocument.class)).find().first();
        assertThat(ruw).doesNotContainKey("besteedPerDag");
        assertThat(mongo.findById(ID.waarde(), OpdrachtDocument.class).besteedIn(2025)).isEqualByComparingTo("7.5");

        // a document written while hours were still kept per day: the old field is left unread
        mongo.getCollection(mongo.getCollectionName(OpdrachtDocument.class)).updateOne(new Document("_id", ID.waarde()),
                new Document("$set", new Document("besteedPerDag", "2025-01-06=4;2025-01-07=3.5")));
        assertThat(mongo.findById(ID.waarde(), OpdrachtDocument.class).besteedIn(2025)).isEqualByComparingTo("7.5");
    }

    @Test
    void bewaartDeTussenstandboekhoudingAlsVeldenVanHetDocumentZoalsVoorheen() {
        speel(List.of(OpdrachtMother.aangevraagdDoorLisse(), OpdrachtMother.aanvaard(List.of("lisse")),
                geregistreerd("2025-01-07", "2.5")));
        Document ruw = mongo.getCollection(mongo.getCollectionName(OpdrachtDocument.class)).find().first();
        assertThat(ruw).containsKeys("laatstVastgelegd", "geldtTot", "vanafHetBeginGevolgd", "versieLaatsteTussenstand")
                .doesNotContainKey("tussenstandboekhouding");
        assertThat(ruw.get("geldtTot")).isInstanceOf(java.util.Date.class);
        assertThat(ruw.get("vanafHetBeginGevolgd")).isEqualTo(true);

        // a document written before the bookkeeping existed: read, but never the start of a tussenstand
        mongo.getCollection(mongo.getCollectionName(OpdrachtDocument.class)).updateOne(new Document("_id", ID.waarde()),
                new Document("$unset", new Document("laatstVastgelegd", "").append("geldtTot", "").append("vanafHetBeginGevolgd", "")
                        .append("versieLaatsteTussenstand", "")));
        OpdrachtDocument oud = mongo.findById(ID.waarde(), OpdrachtDocument.class);
        assertThat(oud.getVersie()).isEqualTo(3);
        assertThat(oud.tussenstandboekhouding().isVanafHetBeginGevolgd()).isFalse();
        assertThat(new Tussenstanden(null, 1).isKopieNodig(oud, java.time.Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
    }

    private static UrenGeregistreerd geregistreerd(String datum, String uren) {
        return new UrenGeregistreerd(ID, LocalDate.parse(datum), new BigDecimal(uren), "mw-test", List.of("lisse"));
    }

    /** The same stored messages each time, as a replay from the event store delivers them. */
    private final java.util.Map<List<OpdrachtGebeurtenis>, List<GenericDomainEventMessage<OpdrachtGebeurtenis>>> opgeslagen =
            new java.util.HashMap<>();

    private void speel(List<OpdrachtGebeurtenis> events) {
        List<GenericDomainEventMessage<OpdrachtGebeurtenis>> berichten = opgeslagen.computeIfAbsent(events, e -> {
            List<GenericDomainEventMessage<OpdrachtGebeurtenis>> lijst = new java.util.ArrayList<>();
            for (OpdrachtGebeurtenis event : e) {
                lijst.add(new GenericDomainEventMessage<>("Opdracht", ID.waarde(), lijst.size(), event));
            }
            return lijst;
        });
        berichten.forEach(bericht -> projectie.on(bericht.getPayload(), bericht));
    }
}
