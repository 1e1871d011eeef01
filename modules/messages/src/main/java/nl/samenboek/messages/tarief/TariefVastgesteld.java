package nl.samenboek.messages.tarief;


import java.math.BigDecimal;
import java.util.List;

/** @param tarief euro per hour */
public record TariefVastgesteld(String team, int jaar, BigDecimal tarief, List<String> gemeenten) implements TariefGebeurtenis {
}
