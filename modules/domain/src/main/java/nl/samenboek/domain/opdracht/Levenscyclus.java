package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStatus;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import static nl.samenboek.messages.opdracht.OpdrachtStatus.AANGEVRAAGD;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.AANVAARD;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.AFGEROND;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.AFGEWEZEN;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.GEWEIGERD;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.INGETROKKEN;
import static nl.samenboek.messages.opdracht.OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING;

/**
 * The lifecycle of an opdracht as one table, followed by the aggregate (which operation a status allows) and by the
 * read side (which status an event leads to), so the two cannot drift apart. The nota's order: aangevraagd → (joint:
 * medeondertekend by every concerned college, or geweigerd by one of them) → aanvaard or afgewezen → toezeggingen,
 * registraties, afspraken → afgerond, or ingetrokken (docs/glossary.md).
 */
public final class Levenscyclus {

    /** Each operation on an existing opdracht and the statuses in which it is allowed; anything else is a 409. */
    public enum Stap {
        MEDEONDERTEKENEN("medeondertekenen", WACHT_OP_MEDEONDERTEKENING),
        AANVAARDEN("aanvaarden", AANGEVRAAGD),
        AFWIJZEN("afwijzen", WACHT_OP_MEDEONDERTEKENING, AANGEVRAAGD),
        UREN_TOEZEGGEN("uren toezeggen", AANVAARD),
        UREN_REGISTREREN("uren registreren", AANVAARD),
        AFSPREKEN("een afspraak maken", AANVAARD),
        RESULTAAT_MELDEN("een resultaat melden", AANVAARD, AFGEROND),
        WIJZIGEN("wijzigen", WACHT_OP_MEDEONDERTEKENING, AANGEVRAAGD, AANVAARD),
        AFRONDEN("afronden", AANVAARD),
        INTREKKEN("intrekken", WACHT_OP_MEDEONDERTEKENING, AANGEVRAAGD, AANVAARD),
        WEIGEREN("weigeren", WACHT_OP_MEDEONDERTEKENING),
        PRIORITEREN("prioriteren", WACHT_OP_MEDEONDERTEKENING, AANGEVRAAGD, AANVAARD),
        /** Before or during the work: a key project's criteria are fixed at the start (nota, aanbeveling C). */
        SLEUTELPROJECT_AANWIJZEN("als sleutelproject aanwijzen", WACHT_OP_MEDEONDERTEKENING, AANGEVRAAGD, AANVAARD),
        /** Corrections stay possible after afronding: a wrong registration is put right, never left standing. */
        UREN_CORRIGEREN("uren corrigeren", AANVAARD, AFGEROND),
        AFSPRAAK_WIJZIGEN("een afspraak wijzigen", AANVAARD),
        AFSPRAAK_INTREKKEN("een afspraak intrekken", AANVAARD);

        private final String omschrijving;
        private final Set<OpdrachtStatus> toegestaanIn;

        Stap(String omschrijving, OpdrachtStatus eerste, OpdrachtStatus... andere) {
            this.omschrijving = omschrijving;
            this.toegestaanIn = EnumSet.of(eerste, andere);
        }

        public Set<OpdrachtStatus> toegestaanIn() {
            return toegestaanIn;
        }

        public boolean magIn(OpdrachtStatus status) {
            return toegestaanIn.contains(status);
        }

        /** The rule's name in a refusal, so a test or a client can tell which rule refused. */
        public String regel() {
            return "levenscyclus." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private Levenscyclus() {
    }

    /** Refuses (409) an operation that the opdracht's status does not allow now. */
    public static void vereis(Stap stap, OpdrachtStatus status) {
        if (!stap.magIn(status)) {
            throw new Conflict(stap.regel(), "Een opdracht met status '" + status.code() + "' kan men niet " + stap.omschrijving + ".");
        }
    }

    /**
     * The status after an event; events that do not change the status leave it as it was.
     *
     * @param ondertekend the gemeenten whose college has signed, this event included
     * @param gemeenten   the gemeenten the opdracht concerns
     */
    public static OpdrachtStatus na(OpdrachtStatus voor, OpdrachtGebeurtenis gebeurtenis, Collection<String> ondertekend,
                                    Collection<String> gemeenten) {
        if (gebeurtenis instanceof OpdrachtAangevraagd || gebeurtenis instanceof OpdrachtMedeondertekend) {
            return ondertekend.containsAll(gemeenten) ? AANGEVRAAGD : WACHT_OP_MEDEONDERTEKENING;
        }
        if (gebeurtenis instanceof OpdrachtAanvaard) {
            return AANVAARD;
        }
        if (gebeurtenis instanceof OpdrachtAfgewezen) {
            return AFGEWEZEN;
        }
        if (gebeurtenis instanceof OpdrachtAfgerond) {
            return AFGEROND;
        }
        if (gebeurtenis instanceof OpdrachtIngetrokken) {
            return INGETROKKEN;
        }
        if (gebeurtenis instanceof OpdrachtGeweigerd) {
            return GEWEIGERD;
        }
        return voor;
    }
}
