package nl.samenboek.api.beveiliging;

import nl.samenboek.ledger.sleutel.Pseudoniemen;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who calls, as far as samenboek needs to know: a rol and, for college and raad, a gemeente. The token's subject is
 * never stored in events (docs/architecture.md, personal data).
 *
 * @param onderwerp the token's subject, to scope Idempotency-Keys per client and, with the issuer, to make the pseudoniem
 * @param uitgever  the token's issuer ({@code iss}); empty when the token names none
 */
public record Gebruiker(Rol rol, String gemeente, String onderwerp, String uitgever) {

    /** What the audit trail keeps of the caller with each command: the rol and, for college and raad, the gemeente. */
    public Map<String, String> auditcontext() {
        return gemeente == null ? Map.of("rol", rol.code()) : Map.of("rol", rol.code(), "gemeente", gemeente);
    }

    /**
     * Who did it, as each event written for this caller carries it and the grootboek hashes it: the rol, the gemeente
     * for college and raad, and the pseudoniem of the person (issuer + subject, keyed by the instance's secret).
     */
    public Map<String, String> door(Pseudoniemen pseudoniemen) {
        Map<String, String> door = new TreeMap<>(auditcontext());
        door.put("pseudoniem", pseudoniemen.van(uitgever == null ? "" : uitgever, String.valueOf(onderwerp)));
        return door;
    }

    /** Whether this caller may see what concerns these gemeenten: college and raad only their own. */
    public boolean magZien(Collection<String> gemeenten) {
        return !rol.isPerGemeente() || gemeenten.contains(gemeente);
    }
}
