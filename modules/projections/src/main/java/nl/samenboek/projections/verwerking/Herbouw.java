package nl.samenboek.projections.verwerking;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds every read model from the event store: each projection is stopped, its position reset to the start (its
 * reset handler empties its collections), restarted, and awaited until it has caught up again.
 */
@Component
public class Herbouw {

    public record Uitkomst(List<String> projecties, long millis, boolean bijgewerkt) {
    }

    private final Projectiewachter wachter;

    public Herbouw(Projectiewachter wachter) {
        this.wachter = wachter;
    }

    public synchronized Uitkomst herbouw(Duration maximaal) {
        Instant begin = Instant.now();
        List<StreamingEventProcessor> projecties = wachter.projecties();
        projecties.forEach(StreamingEventProcessor::shutDown);
        projecties.forEach(StreamingEventProcessor::resetTokens);
        projecties.forEach(StreamingEventProcessor::start);
        boolean bij = wachter.wachtTotBijgewerkt(maximaal);
        return new Uitkomst(projecties.stream().map(StreamingEventProcessor::getName).sorted().toList(),
                Duration.between(begin, Instant.now()).toMillis(), bij);
    }
}
