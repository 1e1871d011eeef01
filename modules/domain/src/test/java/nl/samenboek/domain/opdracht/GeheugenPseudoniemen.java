package nl.samenboek.domain.opdracht;

import java.util.HashMap;
import java.util.Map;

/**
 * The medewerkersregister as the fixture tests need it, in memory (PostgreSQL's register answers it in the application,
 * tested in PersoonsgegevensIT): only the pseudonyms a test names are issued.
 */
public final class GeheugenPseudoniemen implements Pseudoniemregister {

    private final Map<String, Stand> standen = new HashMap<>();

    public static GeheugenPseudoniemen uitgegeven(String... pseudoniemen) {
        GeheugenPseudoniemen register = new GeheugenPseudoniemen();
        for (String pseudoniem : pseudoniemen) {
            register.standen.put(pseudoniem, Stand.ACTIEF);
        }
        return register;
    }

    /** The person behind the pseudonym is erased; the pseudonym stays, pointing at nobody. */
    public GeheugenPseudoniemen wis(String pseudoniem) {
        standen.put(pseudoniem, Stand.GEWIST);
        return this;
    }

    @Override
    public Stand stand(String pseudoniem) {
        return standen.getOrDefault(pseudoniem, Stand.ONBEKEND);
    }
}
