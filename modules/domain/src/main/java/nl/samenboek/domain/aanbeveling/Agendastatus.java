package nl.samenboek.domain.aanbeveling;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The status of a recommendation, of one of its stappen, or of one gemeente's part in it, on a peildatum
 * (docs/uitvoeringsagenda.md). For a stap: vervallen and gerealiseerd end it; past its (possibly postponed) deadline it
 * is te-laat; with a postponement not yet passed uitgesteld; with progress reported gestart; else niet-gestart. A
 * recommendation is gerealiseerd when every stap is, te-laat when any stap is; a recommendation followed per gemeente
 * rolls its gemeenten up.
 */
public enum Agendastatus implements Code {
    NIET_GESTART("niet-gestart"),
    GESTART("gestart"),
    GEREALISEERD("gerealiseerd"),
    UITGESTELD("uitgesteld"),
    VERVALLEN("vervallen"),
    TE_LAAT("te-laat");

    /** How far a gemeente has come, least first, to roll up the statuses of the gemeenten (docs/uitvoeringsagenda.md). */
    private static final List<Agendastatus> VORDERING = List.of(NIET_GESTART, UITGESTELD, GESTART, GEREALISEERD);

    private final String code;

    Agendastatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The status of one stap (or of a recommendation of one stap).
     *
     * @param deadline   the deadline in force on the peildatum (the latest counted uitstelbesluit's, else the nota's); null when none
     * @param uitgesteld whether an uitstelbesluit counts on the peildatum
     * @param gestart    whether any voortgangsmelding counts on the peildatum
     */
    public static Agendastatus bepaal(boolean vervallen, boolean gerealiseerd, LocalDate deadline, boolean uitgesteld,
                                      boolean gestart, LocalDate peildatum) {
        if (vervallen) {
            return VERVALLEN;
        }
        if (gerealiseerd) {
            return GEREALISEERD;
        }
        if (deadline != null && deadline.isBefore(peildatum)) {
            return TE_LAAT;
        }
        if (uitgesteld) {
            return UITGESTELD;
        }
        return gestart ? GESTART : NIET_GESTART;
    }

    /**
     * The status of a recommendation (or one gemeente's part in it) from the statuses of its stappen: gerealiseerd only
     * when every stap is, te-laat when any stap is, uitgesteld when an open stap's deadline was moved, gestart with any
     * progress reported.
     *
     * @param gestart whether any voortgangsmelding counts on the peildatum
     */
    public static Agendastatus vanStappen(boolean vervallen, Collection<Agendastatus> stappen, boolean gestart) {
        if (vervallen) {
            return VERVALLEN;
        }
        if (!stappen.isEmpty() && stappen.stream().allMatch(s -> s == GEREALISEERD)) {
            return GEREALISEERD;
        }
        if (stappen.contains(TE_LAAT)) {
            return TE_LAAT;
        }
        if (stappen.contains(UITGESTELD)) {
            return UITGESTELD;
        }
        return gestart ? GESTART : NIET_GESTART;
    }

    /**
     * The roll-up over the gemeenten of a recommendation each gemeente realises for itself: gerealiseerd when every
     * gemeente is, te-laat when any is, otherwise the least advanced (niet-gestart, uitgesteld, gestart).
     */
    public static Agendastatus samen(Collection<Agendastatus> perGemeente) {
        if (perGemeente.contains(VERVALLEN)) {
            return VERVALLEN;
        }
        if (perGemeente.contains(TE_LAAT)) {
            return TE_LAAT;
        }
        return perGemeente.stream().min(Comparator.comparingInt(VORDERING::indexOf)).orElse(NIET_GESTART);
    }
}
