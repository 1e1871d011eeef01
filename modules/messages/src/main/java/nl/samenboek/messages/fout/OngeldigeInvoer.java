package nl.samenboek.messages.fout;

import java.util.List;
import java.util.stream.Collectors;

/** Input that is simply invalid; the API answers 400 with every bad field named. Nothing is stored. */
public class OngeldigeInvoer extends RuntimeException {

    private final List<OngeldigeParameter> parameters;

    public OngeldigeInvoer(List<OngeldigeParameter> parameters) {
        super(parameters.stream().map(p -> p.name() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.parameters = List.copyOf(parameters);
    }

    public OngeldigeInvoer(String veld, String reden) {
        this(List.of(new OngeldigeParameter(veld, reden)));
    }

    public List<OngeldigeParameter> parameters() {
        return parameters;
    }
}
