package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of a gemeente's grootboek, as exported (one NDJSON line) and verifiable by anyone with docs/auditor.md:
 * {@code hash = sha256hex(vorigeHash + JCS(gebeurtenis))}.
 */
@JsonPropertyOrder({"gemeente", "volgnummer", "vorigeHash", "hash", "gebeurtenis"})
public record Grootboekregel(String gemeente, long volgnummer, String vorigeHash, String hash, ObjectNode gebeurtenis) {
}
