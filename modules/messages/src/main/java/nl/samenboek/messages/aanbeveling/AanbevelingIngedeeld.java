package nl.samenboek.messages.aanbeveling;

import java.util.List;

/**
 * How a recommendation is followed (docs/uitvoeringsagenda.md, steps and per gemeente): its first stap's description
 * and whether each gemeente realises it for itself. A reading of the nota, like the recommendation itself.
 */
public record AanbevelingIngedeeld(String letter, String eersteStap, boolean perGemeente, List<String> gemeenten)
        implements AanbevelingGebeurtenis {
}
