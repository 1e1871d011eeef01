package nl.samenboek.api.schrijven;

/** The same Idempotency-Key came with a different request (docs/api.md: 422). */
public class IdempotentieConflict extends RuntimeException {

    public IdempotentieConflict() {
        super("Deze Idempotency-Key is al gebruikt voor een ander verzoek; kies een nieuwe sleutel voor een nieuw verzoek.");
    }
}
