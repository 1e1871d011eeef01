package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.util.List;

/**
 * The directie committed hours beyond the plannable capacity of the team's werkplan, explicitly and with a reason.
 *
 * @param boven the hours above the plannable capacity once this toezegging counts
 */
public record CapaciteitOverschreden(OpdrachtId opdrachtId, String team, int jaar, BigDecimal boven, String reden,
                                     List<String> gemeenten) implements OpdrachtGebeurtenis {
}
