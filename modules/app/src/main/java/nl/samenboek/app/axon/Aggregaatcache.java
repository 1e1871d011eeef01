package nl.samenboek.app.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Recently used aggregates kept in memory between commands (docs/performance.md, w1), so a command on a long-running
 * opdracht does not read its snapshot and the events after it again. A cached aggregate is used only when it is as
 * new as the event store: before each use, one indexed query reads the aggregate's last sequence number, and an
 * aggregate another node (or an import) has moved on is dropped and loaded afresh. Without that check a stale copy
 * could refuse a command wrongly (a 412 on an If-Match versie the other node answered, a 409 on a status it left);
 * an append on a stale copy is refused anyway by the event store's unique (aggregate, sequence number), after which
 * Axon drops the entry on rollback and the write path runs the command again (Schrijfpad).
 */
public final class Aggregaatcache implements Cache {

    private final ConcurrentMap<Object, Object> inhoud;
    private final boolean aan;

    /** @param maximum how many aggregates at most; the least recently used go first; 0 for no cache at all */
    public Aggregaatcache(long maximum) {
        this.inhoud = Caffeine.newBuilder().maximumSize(Math.max(0, maximum)).build().asMap();
        this.aan = maximum > 0;
    }

    /** Whether aggregates are cached at all ({@code samenboek.aggregaatcache.grootte} above 0). */
    public boolean aan() {
        return aan;
    }

    /** A repository of the aggregate type that uses this cache and checks each cached aggregate against the store. */
    public <A> EventSourcingRepository<A> repository(EventSourcingRepository.Builder<A> bouwer, EventStore eventStore) {
        bouwer.cache(this);
        return new Versgecontroleerd<>(bouwer, this, eventStore);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K sleutel) {
        return (V) inhoud.get(sleutel);
    }

    @Override
    public void put(Object sleutel, Object waarde) {
        inhoud.put(sleutel, waarde);
    }

    @Override
    public boolean putIfAbsent(Object sleutel, Object waarde) {
        return inhoud.putIfAbsent(sleutel, waarde) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object sleutel, Supplier<T> waarde) {
        return (T) inhoud.computeIfAbsent(sleutel, k -> waarde.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object sleutel, UnaryOperator<V> bijwerken) {
        inhoud.computeIfPresent(sleutel, (k, v) -> bijwerken.apply((V) v));
    }

    @Override
    public boolean remove(Object sleutel) {
        return inhoud.remove(sleutel) != null;
    }

    @Override
    public void removeAll() {
        inhoud.clear();
    }

    @Override
    public boolean containsKey(Object sleutel) {
        return inhoud.containsKey(sleutel);
    }

    /** Nobody listens: Axon's repositories register no listeners. */
    @Override
    public Registration registerCacheEntryListener(EntryListener luisteraar) {
        return () -> true;
    }

    /** How many aggregates are kept now (for tests and metrics). */
    public long aantal() {
        return inhoud.size();
    }

    /** Axon's caching repository, with the freshness check before a cached aggregate is used. */
    private static final class Versgecontroleerd<A> extends CachingEventSourcingRepository<A> {

        private final Aggregaatcache cache;
        private final EventStore eventStore;

        Versgecontroleerd(EventSourcingRepository.Builder<A> bouwer, Aggregaatcache cache, EventStore eventStore) {
            super(bouwer);
            this.cache = cache;
            this.eventStore = eventStore;
        }

        @Override
        protected EventSourcedAggregate<A> doLoadWithLock(String id, Long verwachteVersie) {
            if (!cache.containsKey(id)) {
                return super.doLoadWithLock(id, verwachteVersie);
            }
            EventSourcedAggregate<A> aggregaat = super.doLoadWithLock(id, verwachteVersie);
            Long opgeslagen = eventStore.lastSequenceNumberFor(id).orElse(null);
            if (Objects.equals(aggregaat.version(), opgeslagen)) {
                return aggregaat;
            }
            cache.remove(id);
            return super.doLoadWithLock(id, verwachteVersie);
        }
    }
}
