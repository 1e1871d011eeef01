package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.util.List;

/**
 * @param door          the gemeente whose college changed it
 * @param geraamdeUren  the new estimate, or null when unchanged
 * @param omschrijving  the new description, or null when unchanged
 */
public record OpdrachtGewijzigd(OpdrachtId opdrachtId,
                                String door,
                                BigDecimal geraamdeUren,
                                String omschrijving,
                                String reden,
                                List<String> gemeenten) implements OpdrachtGebeurtenis {
}
