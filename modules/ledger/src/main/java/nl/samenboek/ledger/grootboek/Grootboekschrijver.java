package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.messages.Gebeurtenis;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Appends ledger entries for events that are being stored, on the same connection and in the same transaction as the
 * events themselves. Per gemeente it takes a transaction-scoped advisory lock (always in code order, so joint events
 * cannot deadlock) before it reads the head of the chain: concurrent commands for one gemeente queue up instead of
 * forking the chain, and the events they store get increasing global indexes in volgnummer order.
 */
public class Grootboekschrijver {

    private static final String KOP = "SELECT volgnummer, hash FROM grootboek WHERE gemeente = ? ORDER BY volgnummer DESC LIMIT 1";
    private static final String NIEUWE_REGEL =
            "INSERT INTO grootboek (gemeente, volgnummer, event_identifier, vorige_hash, hash, tijdstip) VALUES (?, ?, ?, ?, ?, ?)";

    private record Kop(long volgnummer, String hash) {
    }

    public void boekIn(Connection verbinding, List<? extends EventMessage<?>> events, Serializer serializer)
            throws SQLException {
        SortedSet<String> gemeenten = new TreeSet<>();
        for (EventMessage<?> event : events) {
            gemeenten.addAll(gemeentenVan(event));
        }
        Map<String, Kop> koppen = new HashMap<>();
        for (String gemeente : gemeenten) {
            vergrendel(verbinding, gemeente);
            koppen.put(gemeente, kopVan(verbinding, gemeente));
        }
        try (PreparedStatement invoegen = verbinding.prepareStatement(NIEUWE_REGEL)) {
            for (EventMessage<?> event : events) {
                ObjectNode gebeurtenis = gebeurtenisVan(domeinEvent(event), serializer);
                byte[] canoniek = Hashketen.canoniek(gebeurtenis);
                for (String gemeente : new TreeSet<>(gemeentenVan(event))) {
                    Kop vorige = koppen.get(gemeente);
                    Kop nieuw = new Kop(vorige.volgnummer() + 1, Hashketen.hash(vorige.hash(), canoniek));
                    invoegen.setString(1, gemeente);
                    invoegen.setLong(2, nieuw.volgnummer());
                    invoegen.setString(3, event.getIdentifier());
                    invoegen.setString(4, vorige.hash());
                    invoegen.setString(5, nieuw.hash());
                    invoegen.setString(6, gebeurtenis.get("tijdstip").asText());
                    invoegen.addBatch();
                    koppen.put(gemeente, nieuw);
                }
            }
            invoegen.executeBatch();
        }
    }

    /** The same 64-bit lock key on every node: the first eight bytes of SHA-256 over the gemeente code. */
    static long slotsleutel(String gemeente) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("samenboek.grootboek:" + gemeente).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void vergrendel(Connection verbinding, String gemeente) throws SQLException {
        try (PreparedStatement slot = verbinding.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            slot.setLong(1, slotsleutel(gemeente));
            slot.execute();
        }
    }

    private static Kop kopVan(Connection verbinding, String gemeente) throws SQLException {
        try (PreparedStatement kop = verbinding.prepareStatement(KOP)) {
            kop.setString(1, gemeente);
            try (ResultSet rij = kop.executeQuery()) {
                return rij.next() ? new Kop(rij.getLong(1), rij.getString(2)) : new Kop(0, Hashketen.BEGIN);
            }
        }
    }

    private static ObjectNode gebeurtenisVan(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        return Gebeurtenisvorm.van(event.getIdentifier(), payload.getType().getName(),
                DateTimeUtils.formatInstant(event.getTimestamp()), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), Gebeurtenisvorm.doorUitMetadata(event.getMetaData()), payload.getData());
    }

    private static DomainEventMessage<?> domeinEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domeinEvent) {
            return domeinEvent;
        }
        throw new IllegalStateException("Elke gebeurtenis hoort bij een aggregaat; " + event.getPayloadType().getSimpleName() + " niet.");
    }

    private static List<String> gemeentenVan(EventMessage<?> event) {
        if (event.getPayload() instanceof Gebeurtenis gebeurtenis && !gebeurtenis.gemeenten().isEmpty()) {
            return gebeurtenis.gemeenten();
        }
        throw new IllegalStateException("Elke gebeurtenis noemt de gemeenten die zij betreft (docs/architecture.md, beginsel 2); "
                + event.getPayloadType().getSimpleName() + " doet dat niet.");
    }
}
