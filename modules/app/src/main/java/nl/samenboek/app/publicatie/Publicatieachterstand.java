package nl.samenboek.app.publicatie;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far the Kafka publication is behind the ledger: the number of events in the event store it has not yet
 * published (all of them past its position, and those in the gaps it is still waiting for). In {@code /actuator/health}
 * as the component {@code publicatie} with {@code lag}, and as the gauge {@value #METRIEK}.
 *
 * <p>The publication is never a reason to take a node out of service (it is not on the command path), so the
 * component is UP also while it lags or retries; the details say which. A node that does not hold the publication's
 * segment (another node publishes) cannot see its position and reports {@code lag} as unknown (the gauge: NaN).
 */
public class Publicatieachterstand implements HealthIndicator {

    public static final String METRIEK = "samenboek.publicatie.lag";

    private final EventProcessingConfiguration verwerkers;
    private final JdbcTemplate jdbc;

    public Publicatieachterstand(EventProcessingConfiguration verwerkers, JdbcTemplate jdbc, Optional<MeterRegistry> metrieken) {
        this.verwerkers = verwerkers;
        this.jdbc = jdbc;
        metrieken.ifPresent(register -> Gauge.builder(METRIEK, this, Publicatieachterstand::alsGetal)
                .description("events in the event store not yet published to Kafka")
                .baseUnit("events")
                .register(register));
    }

    private double alsGetal() {
        try {
            OptionalLong lag = lag();
            return lag.isPresent() ? lag.getAsLong() : Double.NaN;
        } catch (RuntimeException databaseWeg) {
            return Double.NaN;
        }
    }

    /** The events behind the ledger head, or empty when this node does not run the publication's segment. */
    public OptionalLong lag() {
        Optional<EventTrackerStatus> status = status();
        if (status.isEmpty()) {
            return OptionalLong.empty();
        }
        TrackingToken positie = WrappedToken.unwrapLowerBound(status.get().getTrackingToken());
        if (positie == null) {
            return OptionalLong.of(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        }
        if (!(positie instanceof GapAwareTrackingToken token)) {
            throw new IllegalStateException("onbekende positie van de publicatie: " + positie.getClass().getName());
        }
        Long[] gaten = token.getGaps().toArray(Long[]::new);
        return OptionalLong.of(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ? OR global_index = ANY(?)",
                Long.class, token.getIndex(), gaten));
    }

    private Optional<EventTrackerStatus> status() {
        return verwerkers.eventProcessor(Grootboekpublicatie.VERWERKER, TrackingEventProcessor.class)
                .filter(TrackingEventProcessor::isRunning)
                .flatMap(verwerker -> verwerker.processingStatus().values().stream().findFirst());
    }

    @Override
    public Health health() {
        Optional<EventTrackerStatus> status = status();
        if (status.isEmpty()) {
            return Health.up().withDetail("lag", "onbekend").withDetail("verwerker", "niet op deze node").build();
        }
        Health.Builder gezondheid = Health.up();
        try {
            lag().ifPresent(lag -> gezondheid.withDetail("lag", lag));
        } catch (RuntimeException e) {
            gezondheid.withDetail("lag", "onbekend");
        }
        if (status.get().isErrorState()) {
            Throwable fout = status.get().getError();
            gezondheid.withDetail("fout", fout == null ? "onbekend" : fout.getClass().getSimpleName() + ": " + fout.getMessage());
        }
        return gezondheid.withDetails(Map.of("verwerker", Grootboekpublicatie.VERWERKER, "bijgewerkt", !status.get().isReplaying()
                && status.get().isCaughtUp())).build();
    }
}
