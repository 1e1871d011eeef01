package nl.samenboek.ledger.eventstore;

import nl.samenboek.messages.Tijdstempel;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Axon's JDBC storage engine, reading each event's timestamp with {@link Tijdstempel} instead of
 * {@code DateTimeFormatter}: every event a projection, a rebuild or an aggregate load reads has one, and parsing them
 * was about a tenth of a rebuild's CPU (docs/performance.md). Everything else is Axon's.
 */
public final class Gebeurtenisopslag extends JdbcEventStorageEngine {

    private Gebeurtenisopslag(JdbcEventStorageEngine.Builder bouwer) {
        super(bouwer);
    }

    /** The engine the builder describes (see {@link EventsMetGrootboek#engine}). */
    public static Gebeurtenisopslag van(JdbcEventStorageEngine.Builder bouwer) {
        return new Gebeurtenisopslag(bouwer);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet rij, GapAwareTrackingToken vorige) throws SQLException {
        TrackedEventData<?> gegevens = super.getTrackedEventData(rij, vorige);
        return gegevens instanceof DomainEventData<?> ? new GevolgdGedateerd<>(gegevens, rij.getString(schema().timestampColumn()))
                : gegevens;
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet rij) throws SQLException {
        return new Gedateerd<>(super.getDomainEventData(rij), rij.getString(schema().timestampColumn()));
    }

    /** An event as stored, its timestamp read by {@link Tijdstempel}. */
    private static class Gedateerd<T> implements DomainEventData<T> {

        private final DomainEventData<T> gegevens;
        private final String tijdstip;

        Gedateerd(DomainEventData<T> gegevens, String tijdstip) {
            this.gegevens = gegevens;
            this.tijdstip = tijdstip;
        }

        @Override
        public Instant getTimestamp() {
            return Tijdstempel.lees(tijdstip);
        }

        @Override
        public String getEventIdentifier() {
            return gegevens.getEventIdentifier();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return gegevens.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return gegevens.getPayload();
        }

        @Override
        public String getType() {
            return gegevens.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return gegevens.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return gegevens.getSequenceNumber();
        }
    }

    /** The same, for a tracking processor: with the event's position in the store. */
    private static final class GevolgdGedateerd<T> extends Gedateerd<T> implements TrackedEventData<T> {

        private final TrackingToken positie;

        @SuppressWarnings("unchecked")
        GevolgdGedateerd(TrackedEventData<T> gegevens, String tijdstip) {
            super((DomainEventData<T>) gegevens, tijdstip);
            this.positie = gegevens.trackingToken();
        }

        @Override
        public TrackingToken trackingToken() {
            return positie;
        }
    }
}
