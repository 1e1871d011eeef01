package nl.samenboek.domain.formatie;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The formaties as recorded (a port: the read side answers it), for a werkplan that takes its capacity from its team's
 * formatie (docs/groeimodel.md, werkplannen).
 */
public interface Formatieregister {

    /** The hours the team's formatie of the jaar makes available, when it has one. */
    Optional<BigDecimal> beschikbareUren(String team, int jaar);
}
