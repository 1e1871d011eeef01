package nl.samenboek.messages.werkplan;

import java.math.BigDecimal;
import java.util.Map;

/** A werkplan as it stands: the answer to setting one. */
public record Werkplan(String team, int jaar, BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage,
                       BigDecimal ontwikkeltijd, BigDecimal planbaar, Map<String, BigDecimal> gepland,
                       BigDecimal vrijeRuimte, long versie) {
}
