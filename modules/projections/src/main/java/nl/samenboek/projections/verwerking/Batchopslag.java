package nl.samenboek.projections.verwerking;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    public Batchopslag(MongoTemplate mongo, Class<D> type, Function<D, String> sleutel) {
        this.mongo = mongo;
        this.type = type;
        this.sleutel = sleutel;
        this.bron = "batchopslag:" + type.getName();
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
        mongo.remove(new Query(Criteria.where("_id").exists(true)), type);
    }

    private Map<String, D> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(bron, k -> {
            uow.onPrepareCommit(u -> schrijf(u.getResource(bron), u.getResource(bron + ":gewijzigd")));
            return new LinkedHashMap<String, D>();
        });
    }

    private List<String> gewijzigd() {
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(bron + ":gewijzigd", k -> new ArrayList<String>());
    }

    private void schrijf(Map<String, D> batch, List<String> gewijzigd) {
        if (batch == null || gewijzigd == null) {
            return;
        }
        gewijzigd.stream().distinct().forEach(id -> mongo.save(batch.get(id)));
    }
}
