package nl.samenboek.messages.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A meting frozen: the indicators as of the peildatum, computed from the ledger as it stood at {@code bekendOp}, whose
 * heads per gemeente are in {@code grootboek}.
 */
public record MetingGedaan(String metingId, Metingsoort soort, LocalDate peildatum, int normenkader, String omschrijving,
                           Instant bekendOp, Map<String, Grootboekstand> grootboek, Map<String, Indicatorwaarde> indicatoren,
                           List<String> gemeenten) implements MonitorGebeurtenis {
}
