package nl.samenboek.projections.verwerking;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Read your writes (API.md): after a write has committed, waits until every projection has processed the event
 * store up to its head, so the answer to the write is only given once every later read shows it.
 */
@Component
public class Projectiewachter {

    /** Processing groups whose name starts with this are read models a client reads back. */
    public static final String PROJECTIE = "projectie-";

    private final EventProcessingConfiguration verwerking;
    private final EventStore eventStore;

    public Projectiewachter(EventProcessingConfiguration verwerking, EventStore eventStore) {
        this.verwerking = verwerking;
        this.eventStore = eventStore;
    }

    /** @return true when every projection caught up within the given time */
    public boolean wachtTotBijgewerkt(Duration maximaal) {
        TrackingToken kop = eventStore.createHeadToken();
        long tot = System.nanoTime() + maximaal.toNanos();
        for (StreamingEventProcessor projectie : projecties()) {
            long pauze = 100_000;
            while (!bij(projectie, kop)) {
                if (System.nanoTime() > tot) {
                    return false;
                }
                LockSupport.parkNanos(pauze);
                pauze = Math.min(pauze * 2, 5_000_000);
            }
        }
        return true;
    }

    public List<StreamingEventProcessor> projecties() {
        return verwerking.eventProcessors().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PROJECTIE))
                .map(Map.Entry::getValue)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /** Caught up when the segments this node holds cover the whole event stream and all of them are past the head. */
    private static boolean bij(StreamingEventProcessor projectie, TrackingToken kop) {
        if (kop == null) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = projectie.processingStatus();
        double dekking = status.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return dekking > 0.999 && status.values().stream()
                .allMatch(s -> s.getTrackingToken() != null && s.getTrackingToken().covers(kop));
    }
}
