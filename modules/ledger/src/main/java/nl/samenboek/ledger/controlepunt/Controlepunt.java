package nl.samenboek.ledger.controlepunt;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Hashketen;

/**
 * A signed statement "the grootboek of {@code gemeente} had {@code aantal} entries with head {@code hoofdHash} at
 * {@code tijdstip}". The signature covers the RFC 8785 canonical JSON of exactly those four fields.
 *
 * @param algoritme   {@code RS256}: RSASSA-PKCS1-v1_5 with SHA-256
 * @param sleutel     the key id, as published at {@code GET /api/v1/audit/sleutels}
 * @param handtekening base64url without padding
 */
@JsonPropertyOrder({"gemeente", "aantal", "hoofdHash", "tijdstip", "algoritme", "sleutel", "handtekening"})
public record Controlepunt(String gemeente, long aantal, String hoofdHash, String tijdstip, String algoritme,
                           String sleutel, String handtekening) {

    /** The bytes that are signed: JCS of {gemeente, aantal, hoofdHash, tijdstip}. */
    public byte[] ondertekendeInhoud() {
        return inhoud(gemeente, aantal, hoofdHash, tijdstip);
    }

    static byte[] inhoud(String gemeente, long aantal, String hoofdHash, String tijdstip) {
        ObjectNode inhoud = GebeurtenisJson.mapper().createObjectNode();
        inhoud.put("gemeente", gemeente);
        inhoud.put("aantal", aantal);
        inhoud.put("hoofdHash", hoofdHash);
        inhoud.put("tijdstip", tijdstip);
        return Hashketen.canoniek(inhoud);
    }
}
