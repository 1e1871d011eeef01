package nl.samenboek.messages.fout;

/** An operation the lifecycle does not allow now, such as accepting twice (API.md: 409). */
public class Conflict extends RuntimeException {

    public Conflict(String reden) {
        super(reden);
    }
}
