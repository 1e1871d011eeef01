package nl.samenboek.domain.gemeente;

import java.time.LocalDate;
import java.util.Set;

/**
 * The gemeenten the samenwerking knows. A port: the aggregates ask it, the read side answers it from the
 * {@code GemeenteToegetreden} events. Nothing is hard-wired to three gemeenten.
 */
public interface Gemeenteregister {

    Set<String> codes();

    default boolean isBekend(String code) {
        return code != null && codes().contains(code);
    }

    /** Whether the gemeente still takes part on the day: known, and not left by then (an uittreding counts from its date). */
    default boolean neemtDeelOp(String code, LocalDate dag) {
        return isBekend(code);
    }
}
