package nl.samenboek.messages.fout;

/** The client acted on a versie that is no longer the current one ({@code If-Match}; 412, docs/api.md). */
public class VerouderdeVersie extends RuntimeException {

    private final long verwacht;
    private final long actueel;

    public VerouderdeVersie(long verwacht, long actueel) {
        super("De opgegeven versie " + verwacht + " is niet meer actueel; de huidige versie is " + actueel + ".");
        this.verwacht = verwacht;
        this.actueel = actueel;
    }

    public long verwacht() {
        return verwacht;
    }

    public long actueel() {
        return actueel;
    }
}
