package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** @param verdeling the agreed split per gemeente, or null when the verdeelsleutel applies */
public record UrenToegezegd(OpdrachtId opdrachtId,
                            int jaar,
                            BigDecimal uren,
                            Map<String, BigDecimal> verdeling,
                            List<String> gemeenten) implements OpdrachtGebeurtenis {
}
