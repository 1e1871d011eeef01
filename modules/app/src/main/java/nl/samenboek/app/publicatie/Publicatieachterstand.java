package nl.samenboek.app.publicatie;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How far the Kafka publication is behind the ledger: the number of events in the event store it has not yet
 * published (all those past its stored position, and those in the gaps it is still waiting for). In
 * {@code /actuator/health} as the component {@code publicatie} with {@code lag}, and as the gauge {@value #METRIEK}.
 *
 * <p>The position is read from the token store, so every node reports the same lag, also one that does not hold the
 * publication's segment, and also while the publication is stopped; it is the position of the last finished batch.
 * The publication is never a reason to take a node out of service (it is not on the command path), so the component
 * is UP also while it lags or retries; {@code fout} says why it is retrying when this node runs it, and
 * {@code segmenten} how many segments the publication has in the token store (one: see {@link KafkaPublicatieConfig}).
 */
public class Publicatieachterstand implements HealthIndicator {

    public static final String METRIEK = "samenboek.publicatie.lag";
    private static final String POSITIES = "SELECT token, token_type FROM token_entry WHERE processor_name = ?";

    private final EventProcessingConfiguration verwerkers;
    private final JdbcTemplate jdbc;
    private final Serializer tokens;

    public Publicatieachterstand(EventProcessingConfiguration verwerkers, JdbcTemplate jdbc, Serializer tokens,
                                 Optional<MeterRegistry> metrieken) {
        this.verwerkers = verwerkers;
        this.jdbc = jdbc;
        this.tokens = tokens;
        metrieken.ifPresent(register -> Gauge.builder(METRIEK, this, Publicatieachterstand::alsGetal)
                .description("events in the event store not yet published to Kafka")
                .baseUnit("events")
                .register(register));
    }

    /** The events not yet published: past the (lowest) stored position, or all of them before the first batch. */
    public long lag() {
        return lag(posities());
    }

    private List<Optional<GapAwareTrackingToken>> posities() {
        return jdbc.query(POSITIES, (rij, i) -> positie(rij.getBytes(1), rij.getString(2)), Grootboekpublicatie.VERWERKER);
    }

    private long lag(List<Optional<GapAwareTrackingToken>> posities) {
        Optional<GapAwareTrackingToken> laagste = posities.stream()
                .min(Comparator.comparingLong(p -> p.map(GapAwareTrackingToken::getIndex).orElse(-1L)))
                .orElse(Optional.empty());
        if (laagste.isEmpty()) {
            return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        }
        GapAwareTrackingToken positie = laagste.get();
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ? OR global_index = ANY(?)",
                Long.class, positie.getIndex(), positie.getGaps().toArray(Long[]::new));
    }

    private Optional<GapAwareTrackingToken> positie(byte[] token, String soort) {
        if (token == null || soort == null) {
            return Optional.empty(); // segment initialised at the start of the store
        }
        TrackingToken gelezen = WrappedToken.unwrapLowerBound(tokens.deserialize(new SimpleSerializedObject<>(token, byte[].class, soort, null)));
        if (gelezen == null) {
            return Optional.empty();
        }
        if (!(gelezen instanceof GapAwareTrackingToken positie)) {
            throw new IllegalStateException("onbekende positie van de publicatie: " + gelezen.getClass().getName());
        }
        return Optional.of(positie);
    }

    private double alsGetal() {
        try {
            return lag();
        } catch (RuntimeException databaseWeg) {
            return Double.NaN;
        }
    }

    @Override
    public Health health() {
        Health.Builder gezondheid = Health.up().withDetail("verwerker", Grootboekpublicatie.VERWERKER);
        try {
            List<Optional<GapAwareTrackingToken>> posities = posities();
            // segmenten: the publication's segments in the token store, 1 (docs/integratie.md, order per gemeente)
            gezondheid.withDetail("lag", lag(posities)).withDetail("segmenten", posities.size());
        } catch (RuntimeException databaseWeg) {
            gezondheid.withDetail("lag", "onbekend");
        }
        verwerkers.eventProcessor(Grootboekpublicatie.VERWERKER, TrackingEventProcessor.class)
                .flatMap(verwerker -> verwerker.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState).findFirst())
                .ifPresent(status -> gezondheid.withDetail("fout", status.getError() == null ? "onbekend"
                        : status.getError().getClass().getSimpleName() + ": " + status.getError().getMessage()));
        return gezondheid.build();
    }
}
