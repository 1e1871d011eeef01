package nl.samenboek.projections.verwerking;

import nl.samenboek.projections.opdracht.GeheugenMongo;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch store with a memory between batches (docs/performance.md): documents are written once per batch in one
 * bulk write, and a remembered document is used only while it is the stored one at the versie the next event follows
 * on; otherwise — another node wrote it meanwhile, or the batch rolled back — MongoDB is read as before.
 */
class BatchopslagTest {

    /** A read-model document in its simplest form: an id, the versie of the last event folded, and some content. */
    static final class Stuk {
        @Id
        String id;
        long versie;
        String tekst;
    }

    private GeheugenMongo server;
    private MongoTemplate mongo;
    private Batchopslag<Stuk> opslag;

    @BeforeEach
    void start() {
        server = new GeheugenMongo();
        mongo = server.template("test");
        opslag = Batchopslag.metGeheugen(mongo, Stuk.class, s -> s.id, s -> s.versie, 100);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eenOnthoudenDocumentOpDeVerwachteVersieWordtNietOpnieuwGelezen() {
        batch(u -> opslag.bewaar(stuk("a", 1, "eerste")));
        assertThat(mongo.findById("a", Stuk.class).tekst).isEqualTo("eerste");
        // changed in MongoDB behind the store's back, at the same versie: the store does not look
        mongo.updateFirst(new Query(Criteria.where("_id").is("a")), new Update().set("tekst", "ongezien"), Stuk.class);
        batch(u -> assertThat(opslag.zoek("a", 1)).get().extracting(s -> s.tekst).isEqualTo("eerste"));
    }

    @Test
    void eenDocumentDatEldersVerderIsGeschrevenWordtGelezen() {
        batch(u -> opslag.bewaar(stuk("a", 1, "eerste")));
        // another node held the segment and folded versie 2
        mongo.save(stuk("a", 2, "van de andere node"));
        batch(u -> assertThat(opslag.zoek("a", 2)).get().extracting(s -> s.tekst).isEqualTo("van de andere node"));
    }

    @Test
    void eenTeruggedraaideBatchVergeetZijnDocumenten() {
        batch(u -> opslag.bewaar(stuk("a", 1, "eerste")));
        UnitOfWork<?> mislukt = DefaultUnitOfWork.startAndGet(null);
        Stuk stuk = opslag.zoek("a", 1).orElseThrow();
        stuk.versie = 2;
        stuk.tekst = "nooit opgeslagen";
        opslag.bewaar(stuk);
        mislukt.rollback();
        assertThat(mongo.findById("a", Stuk.class).tekst).isEqualTo("eerste");
        // the changed copy (versie 2) would be taken for an event after versie 2, were it still remembered
        batch(u -> assertThat(opslag.zoek("a", 2)).get().extracting(s -> s.tekst).isEqualTo("eerste"));
    }

    @Test
    void eenBatchSchrijftAlleGewijzigdeDocumentenInEenKeer() {
        batch(u -> {
            for (int i = 0; i < 50; i++) {
                opslag.bewaar(stuk("d" + i, 1, "nieuw"));
            }
            opslag.bewaar(stuk("d0", 2, "tweemaal gewijzigd"));
        });
        assertThat(mongo.count(new Query(), Stuk.class)).isEqualTo(50);
        assertThat(mongo.findById("d0", Stuk.class).tekst).isEqualTo("tweemaal gewijzigd");
    }

    private static Stuk stuk(String id, long versie, String tekst) {
        Stuk stuk = new Stuk();
        stuk.id = id;
        stuk.versie = versie;
        stuk.tekst = tekst;
        return stuk;
    }

    private static void batch(Consumer<UnitOfWork<?>> werk) {
        UnitOfWork<?> eenheid = DefaultUnitOfWork.startAndGet(null);
        werk.accept(eenheid);
        eenheid.commit();
    }
}
