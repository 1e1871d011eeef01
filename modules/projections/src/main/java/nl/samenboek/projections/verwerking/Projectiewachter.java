package nl.samenboek.projections.verwerking;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Read your writes (docs/architecture.md, the write path): after a write has committed, waits until every projection
 * has processed every committed event up to the head of the event store, so the answer is only given once every later
 * read shows the write.
 * <p>
 * A projection's position has gaps: global indexes it skipped because their transaction had not committed yet, or
 * never will (a rolled-back transaction still uses up its sequence number). A gap below the head only holds the
 * answer back while an event with that index actually exists and is still unprocessed.
 */
@Component
public class Projectiewachter {

    /** Processing groups whose name starts with this are read models a client reads back. */
    public static final String PROJECTIE = "projectie-";

    private final EventProcessingConfiguration verwerking;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Projectiestoringen storingen;

    /**
     * The head of the event store when a write answered before the read models had it ({@code Samenboek-Leesmodel:
     * achter}), or -1: until every projection has passed it, reads answer 503 (API.md, read your writes).
     */
    private final AtomicLong achterTot = new AtomicLong(-1);
    private volatile Instant achterSinds;

    public Projectiewachter(EventProcessingConfiguration verwerking, EventStore eventStore, JdbcTemplate jdbc,
                            Serializer serializer, Projectiestoringen storingen) {
        this.verwerking = verwerking;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.storingen = storingen;
    }

    /**
     * Waits until every projection has the head of the event store as it is now. When they do not get there in time,
     * the read models are marked behind up to that head: {@link #leesbaar()} is false until they pass it.
     *
     * @return true when every projection caught up within the given time
     */
    public boolean wachtTotBijgewerkt(Duration maximaal) {
        Optional<GapAwareTrackingToken> kop = WrappedToken.unwrap(eventStore.createHeadToken(), GapAwareTrackingToken.class);
        if (kop.isEmpty()) {
            return true;
        }
        long tot = System.nanoTime() + maximaal.toNanos();
        for (StreamingEventProcessor projectie : projecties()) {
            long pauze = 50_000;
            while (!bij(projectie, kop.get().getIndex())) {
                if (System.nanoTime() > tot) {
                    markeerAchter(kop.get().getIndex());
                    return false;
                }
                LockSupport.parkNanos(pauze);
                pauze = Math.min(pauze * 2, 2_000_000);
            }
        }
        return true;
    }

    /** True while a projection cannot apply its events (so a write should not wait long for it). */
    public boolean isGestoord() {
        return !storingen.isLeeg();
    }

    private void markeerAchter(long kop) {
        if (achterTot.getAndAccumulate(kop, Math::max) < 0) {
            achterSinds = Instant.now();
        }
    }

    /**
     * False while a write has answered that the read models do not show yet; true again (and the mark cleared) once
     * every projection has passed the head the last such write saw.
     */
    public boolean leesbaar() {
        long tot = achterTot.get();
        if (tot < 0) {
            return true;
        }
        for (StreamingEventProcessor projectie : projecties()) {
            if (!bij(projectie, tot)) {
                return false;
            }
        }
        achterTot.compareAndSet(tot, -1);
        return true;
    }

    /** Since when the read models are behind an acknowledged write, while they are. */
    public Optional<Instant> achterSinds() {
        return achterTot.get() < 0 ? Optional.empty() : Optional.ofNullable(achterSinds);
    }

    /**
     * The projections that cannot apply their events, by name; a failure of a projection that has since caught up
     * with the head is cleared.
     */
    public Map<String, Projectiestoringen.Storing> storingen() {
        Map<String, Projectiestoringen.Storing> actueel = storingen.actueel();
        if (actueel.isEmpty()) {
            return actueel;
        }
        Optional<GapAwareTrackingToken> kop = WrappedToken.unwrap(eventStore.createHeadToken(), GapAwareTrackingToken.class);
        for (StreamingEventProcessor projectie : projecties()) {
            if (actueel.containsKey(projectie.getName()) && kop.isPresent() && bij(projectie, kop.get().getIndex())) {
                storingen.hersteld(projectie.getName());
            }
        }
        return storingen.actueel();
    }

    /**
     * How many events of the event store each projection has not processed yet (its lag), by name: the events above
     * the lowest position of its segments.
     */
    public Map<String, Long> achterstanden() {
        Map<String, Long> achterstanden = new java.util.TreeMap<>();
        for (StreamingEventProcessor projectie : projecties()) {
            Map<Integer, EventTrackerStatus> status = projectie.processingStatus();
            double dekking = dekking(status);
            List<TrackingToken> posities = dekking > 0.999
                    ? status.values().stream().map(EventTrackerStatus::getTrackingToken).toList()
                    : opgeslagenPosities(projectie.getName());
            long laagste = Long.MAX_VALUE;
            for (TrackingToken positie : posities) {
                Optional<GapAwareTrackingToken> token = positie == null ? Optional.empty()
                        : WrappedToken.unwrap(WrappedToken.unwrapLowerBound(positie), GapAwareTrackingToken.class);
                laagste = Math.min(laagste, token.map(GapAwareTrackingToken::getIndex).orElse(-1L));
            }
            if (laagste == Long.MAX_VALUE) {
                laagste = -1;
            }
            Long aantal = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class, laagste);
            achterstanden.put(projectie.getName(), aantal == null ? 0 : aantal);
        }
        return achterstanden;
    }

    /**
     * Where every projection stands, as one value that changes whenever any of them processes an event; empty when
     * this node does not hold every segment itself (other nodes move the read models too, unseen from here).
     */
    public Optional<String> stand() {
        StringBuilder stand = new StringBuilder();
        for (StreamingEventProcessor projectie : projecties()) {
            Map<Integer, EventTrackerStatus> status = projectie.processingStatus();
            double dekking = dekking(status);
            if (dekking < 0.999) {
                return Optional.empty();
            }
            stand.append(projectie.getName());
            status.values().stream().sorted(java.util.Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                    .forEach(s -> stand.append('|').append(s.getTrackingToken()));
            stand.append(';');
        }
        return Optional.of(stand.toString());
    }

    public List<StreamingEventProcessor> projecties() {
        return verwerking.eventProcessors().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PROJECTIE))
                .map(Map.Entry::getValue)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /**
     * Caught up when every segment has processed every committed event up to the head. The segments this node holds
     * are asked directly; when other nodes hold some (or no thread does), their stored tokens are read instead.
     */
    private boolean bij(StreamingEventProcessor projectie, long kop) {
        Map<Integer, EventTrackerStatus> status = projectie.processingStatus();
        double dekking = dekking(status);
        List<TrackingToken> posities = dekking > 0.999
                ? status.values().stream().map(EventTrackerStatus::getTrackingToken).toList()
                : opgeslagenPosities(projectie.getName());
        if (posities.isEmpty()) {
            return false;
        }
        SortedSet<Long> gaten = new TreeSet<>();
        for (TrackingToken positie : posities) {
            Optional<GapAwareTrackingToken> token = positie == null ? Optional.empty()
                    : WrappedToken.unwrap(WrappedToken.unwrapLowerBound(positie), GapAwareTrackingToken.class);
            if (token.isEmpty() || token.get().getIndex() < kop) {
                return false;
            }
            gaten.addAll(token.get().getGaps().headSet(kop + 1));
        }
        return gaten.isEmpty() || !bestaan(gaten);
    }

    private List<TrackingToken> opgeslagenPosities(String processor) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?", (rij, n) -> {
            byte[] token = rij.getBytes(1);
            return token == null ? null : serializer.<byte[], TrackingToken>deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, rij.getString(2), null));
        }, processor);
    }

    private boolean bestaan(SortedSet<Long> indexen) {
        Long aantal = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index = ANY (?)", Long.class,
                (Object) indexen.toArray(Long[]::new));
        return aantal != null && aantal > 0;
    }

    /** Which share of all segments the status covers: 1 when this node holds every segment (each counts 1 / (mask + 1)). */
    private static double dekking(Map<Integer, EventTrackerStatus> status) {
        return status.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
    }
}
