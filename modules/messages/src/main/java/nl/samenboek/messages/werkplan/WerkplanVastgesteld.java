package nl.samenboek.messages.werkplan;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * @param ontwikkeltijd the hours reserved for development (capaciteit × percentage), not plannable for opdrachten
 * @param vrijeRuimte   planbaar minus everything planned per gemeente: room for new requests
 */
public record WerkplanVastgesteld(String team, int jaar, BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage,
                                  BigDecimal ontwikkeltijd, BigDecimal planbaar, Map<String, BigDecimal> gepland,
                                  BigDecimal vrijeRuimte, List<String> gemeenten) implements WerkplanGebeurtenis {
}
