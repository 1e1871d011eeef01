package nl.samenboek.messages.opdracht;

/**
 * What every opdracht command answers: the opdracht's status and versie right after it. The API returns it (and
 * stores it with an Idempotency-Key, so a retry gets exactly the same answer).
 */
public record OpdrachtStand(OpdrachtId id, OpdrachtStatus status, long versie, Niveau niveau) {
}
