package nl.samenboek.messages.fout;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one request, so a client learns all of them at once. */
public final class Foutenlijst {

    private final List<OngeldigeParameter> fouten = new ArrayList<>();

    public Foutenlijst voegToe(String veld, String reden) {
        fouten.add(new OngeldigeParameter(veld, reden));
        return this;
    }

    public Foutenlijst als(boolean fout, String veld, String reden) {
        if (fout) {
            voegToe(veld, reden);
        }
        return this;
    }

    public boolean heeftFout(String veld) {
        return fouten.stream().anyMatch(f -> f.name().equals(veld));
    }

    public boolean isLeeg() {
        return fouten.isEmpty();
    }

    public List<OngeldigeParameter> fouten() {
        return List.copyOf(fouten);
    }

    /** Throws {@link OngeldigeInvoer} naming every collected field, if there is any. */
    public void gooiAlsNodig() {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
