package nl.samenboek.messages.opdracht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * @param door         the gemeente whose college changed it
 * @param streefwaarde the new streefwaarde, or null when unchanged
 * @param meetmoment   the new meetmoment, or null when unchanged
 */
public record AfspraakGewijzigd(OpdrachtId opdrachtId, String afspraak, Resultaatniveau niveau, String door,
                                BigDecimal streefwaarde, LocalDate meetmoment, String reden, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
