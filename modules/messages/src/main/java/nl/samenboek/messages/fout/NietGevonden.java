package nl.samenboek.messages.fout;

/** Unknown id, or not yet known at the requested peilmoment (404). */
public class NietGevonden extends RuntimeException {

    public NietGevonden(String reden) {
        super(reden);
    }
}
