package nl.samenboek.ledger.eventstore;

import nl.samenboek.ledger.grootboek.Grootboekschrijver;
import nl.samenboek.ledger.uren.Urenboek;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's statement for appending events, with one addition: the grootboek entries of those events are written first,
 * on the same connection and so in the same transaction. An event is never stored without its ledger entries, nor
 * the other way round.
 */
public class EventsMetGrootboek implements AppendEventsStatementBuilder {

    private final Grootboekschrijver grootboek;

    public EventsMetGrootboek(Grootboekschrijver grootboek) {
        this.grootboek = grootboek;
    }

    /** Axon's JDBC engine on PostgreSQL (payloads as bytea) that books every event into the grootboek. */
    public static JdbcEventStorageEngine.Builder engine(Grootboekschrijver grootboek) {
        return JdbcEventStorageEngine.builder()
                .dataType(byte[].class)
                .appendEvents(new EventsMetGrootboek(grootboek));
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        grootboek.boekIn(connection, events, serializer);
        Urenboek.boekIn(connection, events);
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer, timestampWriter);
    }
}
