package nl.samenboek.app.infra;

import java.nio.file.Path;

/** A data dir samenboek may not start on: open to others, or in use by another samenboek (docs/operations.md). */
public class Datamapfout extends RuntimeException {

    private final transient Path map;
    private final String oplossing;

    public Datamapfout(Path map, String melding, String oplossing) {
        super(melding);
        this.map = map;
        this.oplossing = oplossing;
    }

    public Path map() {
        return map;
    }

    /** What the operator can do about it. */
    public String oplossing() {
        return oplossing;
    }
}
