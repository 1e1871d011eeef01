package nl.samenboek.messages.fout;

/** The role or gemeente of the caller may not do this (API.md: 403). */
public class Verboden extends RuntimeException {

    public Verboden(String reden) {
        super(reden);
    }
}
