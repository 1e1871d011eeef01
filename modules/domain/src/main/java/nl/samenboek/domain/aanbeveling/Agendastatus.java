package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.Code;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a recommendation on a peildatum (docs/uitvoeringsagenda.md): vervallen and gerealiseerd end it; past
 * its (possibly postponed) deadline it is te-laat; with a postponement not yet passed uitgesteld; with progress
 * reported gestart; else niet-gestart.
 */
public enum Agendastatus implements Code {
    NIET_GESTART("niet-gestart"),
    GESTART("gestart"),
    GEREALISEERD("gerealiseerd"),
    UITGESTELD("uitgesteld"),
    VERVALLEN("vervallen"),
    TE_LAAT("te-laat");

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
     * @param deadline   the deadline in force on the peildatum (the latest counted uitstelbesluit's, else the nota's); null when none
     * @param uitgesteld whether an uitstelbesluit counts on the peildatum
     * @param gestart    whether any voortgangsmelding counts on the peildatum
     */
    public static Agendastatus bepaal(boolean vervallen, boolean gerealiseerd, java.time.LocalDate deadline, boolean uitgesteld,
                                      boolean gestart, java.time.LocalDate peildatum) {
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
}
