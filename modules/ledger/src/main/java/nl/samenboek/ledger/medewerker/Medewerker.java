package nl.samenboek.ledger.medewerker;

import java.time.Instant;

/** A person behind a pseudonym. Only in the erasable register, never in an event. */
public record Medewerker(String pseudoniem, String naam, Instant vastgelegdOp) {
}
