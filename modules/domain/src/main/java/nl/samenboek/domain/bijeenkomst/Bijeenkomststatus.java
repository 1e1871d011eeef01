package nl.samenboek.domain.bijeenkomst;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Where a joint meeting stands on a peildatum (docs/uitvoeringsagenda.md): geannuleerd once a cancellation counts, else
 * gehouden from its date on, else gepland. Only a gehouden meeting that was voltallig counts for A or E.
 */
public enum Bijeenkomststatus implements Code {
    GEPLAND("gepland"),
    GEHOUDEN("gehouden"),
    GEANNULEERD("geannuleerd");

    private final String code;

    Bijeenkomststatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** @param geannuleerd whether a cancellation counts on the peildatum */
    public static Bijeenkomststatus bepaal(LocalDate datum, boolean geannuleerd, LocalDate peildatum) {
        if (geannuleerd) {
            return GEANNULEERD;
        }
        return datum.isAfter(peildatum) ? GEPLAND : GEHOUDEN;
    }

    /**
     * Whether every gemeente of the samenwerking took part: the colleges (A) and the raden (E) meet "gezamenlijk en
     * voltallig" (nota, Bijlage I), so a meeting of some of them does not count.
     *
     * @param samenwerking the gemeenten of the samenwerking on the meeting's date
     */
    public static boolean voltallig(Collection<String> deelnemers, Collection<String> samenwerking) {
        return !samenwerking.isEmpty() && deelnemers.containsAll(samenwerking);
    }
}
