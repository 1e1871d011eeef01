package nl.samenboek.api.beveiliging;

/**
 * Who calls, as far as samenboek needs to know: a rol and, for college and raad, a gemeente. The token's subject is
 * never stored in events (DESIGN principle 6).
 *
 * @param onderwerp the token's subject, only to scope Idempotency-Keys per client
 */
public record Gebruiker(Rol rol, String gemeente, String onderwerp) {

    /** Whether this caller may see what concerns these gemeenten: college and raad only their own. */
    public boolean magZien(java.util.Collection<String> gemeenten) {
        return !rol.isPerGemeente() || gemeenten.contains(gemeente);
    }
}
