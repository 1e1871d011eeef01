package nl.samenboek.messages.tarief;

import java.math.BigDecimal;

public record Tarief(String team, int jaar, BigDecimal tarief) {
}
