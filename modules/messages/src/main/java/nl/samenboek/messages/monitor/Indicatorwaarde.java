package nl.samenboek.messages.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The value of an indicator: for the samenwerking as a whole and, where it is about gemeenten, per gemeente.
 *
 * @param waarde      null when there was nothing to count (no afspraak due, no opdracht delivered…)
 * @param perGemeente null for an indicator of the whole werkorganisatie (its teams, the uitvoeringsagenda); a gemeente's
 *                    value is null when it had nothing to count
 */
public record Indicatorwaarde(BigDecimal waarde, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, BigDecimal> perGemeente) {
}
