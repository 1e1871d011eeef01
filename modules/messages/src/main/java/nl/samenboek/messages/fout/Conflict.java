package nl.samenboek.messages.fout;

/**
 * An operation the lifecycle or another rule of the nota does not allow now, such as accepting twice (409). It names
 * the rule that refused ({@code levenscyclus.aanvaarden}), so tests and clients can tell one refusal from another.
 */
public class Conflict extends RuntimeException {

    private final String regel;

    public Conflict(String regel, String reden) {
        super(reden);
        this.regel = regel;
    }

    /** @deprecated name the rule: {@link #Conflict(String, String)} */
    @Deprecated
    public Conflict(String reden) {
        this(null, reden);
    }

    /** The name of the rule that refused, such as {@code levenscyclus.aanvaarden}; null where none was given. */
    public String regel() {
        return regel;
    }
}
