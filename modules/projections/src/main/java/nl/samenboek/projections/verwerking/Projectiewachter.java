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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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

    public Projectiewachter(EventProcessingConfiguration verwerking, EventStore eventStore, JdbcTemplate jdbc,
                            Serializer serializer) {
        this.verwerking = verwerking;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** @return true when every projection caught up within the given time */
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
                    return false;
                }
                LockSupport.parkNanos(pauze);
                pauze = Math.min(pauze * 2, 2_000_000);
            }
        }
        return true;
    }

    /**
     * Where every projection stands, as one value that changes whenever any of them processes an event; empty when
     * this node does not hold every segment itself (other nodes move the read models too, unseen from here).
     */
    public Optional<String> stand() {
        StringBuilder stand = new StringBuilder();
        for (StreamingEventProcessor projectie : projecties()) {
            Map<Integer, EventTrackerStatus> status = projectie.processingStatus();
            double dekking = status.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
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
        double dekking = status.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
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
}
