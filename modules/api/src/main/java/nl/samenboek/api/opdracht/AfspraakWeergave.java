package nl.samenboek.api.opdracht;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.samenboek.api.http.Link;
import nl.samenboek.messages.opdracht.Resultaatniveau;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The answer to agreeing an output or outcome contract: the afspraak with its id, and the opdracht right after. */
public record AfspraakWeergave(String id, Resultaatniveau soort, String indicator, String eenheid, BigDecimal streefwaarde,
                               LocalDate meetmoment, String bron, StandWeergave opdracht,
                               @JsonProperty("_links") Map<String, Link> links) {
}
