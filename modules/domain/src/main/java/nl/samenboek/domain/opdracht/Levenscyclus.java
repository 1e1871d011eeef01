package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.OpdrachtStatus;

import java.util.Collection;

/**
 * The status rules that both the aggregate and the read side follow, so they cannot drift apart: a joint opdracht
 * waits for every concerned college's signature before the directie may accept it.
 */
public final class Levenscyclus {

    private Levenscyclus() {
    }

    public static OpdrachtStatus naAanvraag(Collection<String> gemeenten) {
        return gemeenten.size() > 1 ? OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING : OpdrachtStatus.AANGEVRAAGD;
    }

    public static OpdrachtStatus naMedeondertekening(Collection<String> ondertekend, Collection<String> gemeenten) {
        return ondertekend.containsAll(gemeenten) ? OpdrachtStatus.AANGEVRAAGD : OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING;
    }
}
