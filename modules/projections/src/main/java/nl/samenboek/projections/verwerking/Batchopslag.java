package nl.samenboek.projections.verwerking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Read-model documents of one collection, cached for the duration of one batch of events and written to MongoDB once,
 * just before the processor stores its token in the same unit of work. A rebuild thus reads and writes each document
 * once per batch instead of once per event; a crash before the token is stored replays the batch, which the
 * projections tolerate because they are idempotent.
 */
public class Batchopslag<D> {

    private final MongoTemplate mongo;
    private final Class<D> type;
    private final Function<D, String> sleutel;
    private final String bron;
    /** The documents as last written by this node, or null: see {@link #metGeheugen}. */
    private final Cache<String, D> geheugen;
    private final ToLongFunction<D> versie;

    public Batchopslag(MongoTemplate mongo, Class<D> type, Function<D, String> sleutel) {
        this(mongo, type, sleutel, null, 0);
    }

    private Batchopslag(MongoTemplate mongo, Class<D> type, Function<D, String> sleutel, ToLongFunction<D> versie, long geheugen) {
        this.mongo = mongo;
        this.type = type;
        this.sleutel = sleutel;
        this.bron = "batchopslag:" + type.getName();
        this.versie = versie;
        this.geheugen = versie == null ? null : Caffeine.newBuilder().maximumSize(geheugen).<String, D>build();
    }

    /**
     * A store that also keeps up to {@code geheugen} documents between batches, as this node last wrote them, so a
     * projection that processes a write's one or two events does not read the document back from MongoDB first
     * (docs/performance.md). A remembered document is used only when its versie is the one the next event follows on
     * ({@link #zoek(String, long)}); otherwise — another node held the segment for a while, or the batch is replayed —
     * it is read from MongoDB as before. A batch that rolls back forgets every document it touched.
     */
    public static <D> Batchopslag<D> metGeheugen(MongoTemplate mongo, Class<D> type, Function<D, String> sleutel,
                                                 ToLongFunction<D> versie, long geheugen) {
        return new Batchopslag<>(mongo, type, sleutel, versie, geheugen);
    }

    /**
     * The document with this id as it stands in this batch, or as this node last wrote it when that is at
     * {@code vorigeVersie}, or as stored, or empty when it does not exist yet.
     */
    public Optional<D> zoek(String id, long vorigeVersie) {
        Map<String, D> batch = batch();
        if (geheugen != null && batch != null && !batch.containsKey(id)) {
            D onthouden = geheugen.getIfPresent(id);
            if (onthouden != null && versie.applyAsLong(onthouden) == vorigeVersie) {
                batch.put(id, onthouden);
                return Optional.of(onthouden);
            }
        }
        return zoek(id);
    }

    /** The document with this id as it stands in this batch, or as stored, or empty when it does not exist yet. */
    public Optional<D> zoek(String id) {
        Map<String, D> batch = batch();
        if (batch == null) {
            return Optional.ofNullable(mongo.findById(id, type));
        }
        if (!batch.containsKey(id)) {
            batch.put(id, mongo.findById(id, type));
        }
        return Optional.ofNullable(batch.get(id));
    }

    /** Marks the document for writing at the end of the batch (or writes it now outside a unit of work). */
    public void bewaar(D document) {
        Map<String, D> batch = batch();
        if (batch == null) {
            mongo.save(document);
        } else {
            batch.put(sleutel.apply(document), document);
            gewijzigd().add(sleutel.apply(document));
        }
    }

    public void leeg() {
        if (geheugen != null) {
            geheugen.invalidateAll();
        }
        mongo.remove(new Query(Criteria.where("_id").exists(true)), type);
    }

    private Map<String, D> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(bron, k -> {
            uow.onPrepareCommit(u -> schrijf(u.getResource(bron), u.getResource(bron + ":gewijzigd")));
            if (geheugen != null) {
                // the documents of a batch that did not commit may hold changes MongoDB does not have
                uow.onRollback(u -> geheugen.invalidateAll(u.<Map<String, D>>getResource(bron).keySet()));
            }
            return new LinkedHashMap<String, D>();
        });
    }

    private List<String> gewijzigd() {
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(bron + ":gewijzigd", k -> new ArrayList<String>());
    }

    /**
     * One unordered bulk write of every changed document (a replace, or an insert when it is new): one request and, in
     * the embedded store, one commit per batch instead of one per document (docs/performance.md).
     */
    private void schrijf(Map<String, D> batch, List<String> gewijzigd) {
        if (batch == null || gewijzigd == null) {
            return;
        }
        if (!gewijzigd.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
            gewijzigd.stream().distinct().forEach(id ->
                    bulk.replaceOne(new Query(Criteria.where("_id").is(id)), batch.get(id), FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        }
        if (geheugen != null) {
            batch.forEach((id, document) -> {
                if (document != null) {
                    geheugen.put(id, document);
                }
            });
        }
    }
}
