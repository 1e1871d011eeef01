package nl.samenboek.api.beveiliging;

/**
 * Who calls, as far as samenboek needs to know: a rol and, for college and raad, a gemeente. The token's subject is
 * never stored in events (docs/architecture.md, personal data).
 *
 * @param onderwerp the token's subject, only to scope Idempotency-Keys per client
 */
public record Gebruiker(Rol rol, String gemeente, String onderwerp) {

    /** What the audit trail keeps of the caller with each command: the rol and, for college and raad, the gemeente. */
    public java.util.Map<String, String> auditcontext() {
        return gemeente == null ? java.util.Map.of("rol", rol.code()) : java.util.Map.of("rol", rol.code(), "gemeente", gemeente);
    }

    /** Whether this caller may see what concerns these gemeenten: college and raad only their own. */
    public boolean magZien(java.util.Collection<String> gemeenten) {
        return !rol.isPerGemeente() || gemeenten.contains(gemeente);
    }
}
