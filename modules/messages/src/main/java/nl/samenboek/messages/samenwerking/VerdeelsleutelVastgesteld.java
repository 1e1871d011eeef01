package nl.samenboek.messages.samenwerking;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** @param aandelen the relative shares per gemeente code, e.g. 1:1:2 */
public record VerdeelsleutelVastgesteld(String samenwerking,
                                        LocalDate ingangsdatum,
                                        Map<String, BigDecimal> aandelen,
                                        List<String> gemeenten) implements SamenwerkingGebeurtenis {
}
