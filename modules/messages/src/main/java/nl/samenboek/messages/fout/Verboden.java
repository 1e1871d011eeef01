package nl.samenboek.messages.fout;

/** The role or gemeente of the caller may not do this (403); names the rule that refused where one applies. */
public class Verboden extends RuntimeException {

    private final String regel;

    public Verboden(String regel, String reden) {
        super(reden);
        this.regel = regel;
    }

    /** @deprecated name the rule: {@link #Verboden(String, String)} */
    @Deprecated
    public Verboden(String reden) {
        this(null, reden);
    }

    /** The name of the rule that refused, such as {@code opdracht.alleen-betrokken-gemeente}; null where none was given. */
    public String regel() {
        return regel;
    }
}
