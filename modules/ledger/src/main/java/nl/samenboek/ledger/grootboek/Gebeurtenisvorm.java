package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Builds the {@code gebeurtenis} object of a ledger entry (docs/auditor.md): {@code id, type, tijdstip, aggregaat,
 * aggregaatId, versie, door, data}. The writer builds it from the event being stored, the verifier from the row in the
 * event store; both go through here, so they cannot disagree on the form. {@code door} — who did it: {@code rol},
 * {@code gemeente} where the role has one, and a {@code pseudoniem} — is there for every event written through the API
 * since it existed; it comes from the event's metadata, so it is hashed with the rest.
 */
public final class Gebeurtenisvorm {

    private Gebeurtenisvorm() {
    }

    /**
     * @param payloadType the stored payload type (a class name); {@code type} is its simple name
     * @param tijdstip    the instant exactly as the event store holds it (ISO-8601, UTC, milliseconds)
     * @param volgnummerInAggregaat Axon's sequence number, counted from 0; {@code versie} counts from 1
     * @param payload     the stored payload bytes (JSON)
     */
    public static ObjectNode van(String id, String payloadType, String tijdstip, String aggregaat, String aggregaatId,
                                 long volgnummerInAggregaat, byte[] payload) {
        return van(id, payloadType, tijdstip, aggregaat, aggregaatId, volgnummerInAggregaat, null, payload);
    }

    /** The metadata key under which an event carries {@code door}; its value is a map {rol, gemeente?, pseudoniem}. */
    public static final String DOOR = "door";

    /** @param door who did it ({@code rol, gemeente?, pseudoniem}), or null for an event that has none */
    public static ObjectNode van(String id, String payloadType, String tijdstip, String aggregaat, String aggregaatId,
                                 long volgnummerInAggregaat, JsonNode door, byte[] payload) {
        ObjectNode gebeurtenis = GebeurtenisJson.mapper().createObjectNode();
        gebeurtenis.put("id", id);
        gebeurtenis.put("type", typeVan(payloadType));
        gebeurtenis.put("tijdstip", tijdstip);
        gebeurtenis.put("aggregaat", aggregaat);
        gebeurtenis.put("aggregaatId", aggregaatId);
        gebeurtenis.put("versie", volgnummerInAggregaat + 1);
        if (door != null && !door.isNull() && !door.isMissingNode()) {
            gebeurtenis.set(DOOR, door);
        }
        gebeurtenis.set("data", lees(payload));
        return gebeurtenis;
    }

    public static String typeVan(String payloadType) {
        String naam = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return naam.substring(naam.lastIndexOf('$') + 1);
    }

    /** {@code door} from an event's metadata as stored (JSON bytes of the metadata map), or null. */
    public static JsonNode doorUitMetadata(byte[] metadata) {
        if (metadata == null || metadata.length == 0) {
            return null;
        }
        JsonNode door = lees(metadata).get(DOOR);
        return door == null || door.isNull() ? null : door;
    }

    /** {@code door} from an event's metadata in memory, or null. */
    public static JsonNode doorUitMetadata(java.util.Map<String, ?> metadata) {
        Object door = metadata.get(DOOR);
        return door == null ? null : GebeurtenisJson.mapper().valueToTree(door);
    }

    private static JsonNode lees(byte[] payload) {
        try {
            return GebeurtenisJson.mapper().readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("de opgeslagen payload is geen JSON", e);
        }
    }
}
