package nl.samenboek.domain.gemeente;

import java.util.Set;

/** The gemeenten of HLTsamen, for tests of rules that need to know which gemeenten exist. */
public record VasteGemeenten(Set<String> codes) implements Gemeenteregister {

    public static VasteGemeenten hltSamen() {
        return new VasteGemeenten(Set.of("hillegom", "lisse", "teylingen"));
    }
}
