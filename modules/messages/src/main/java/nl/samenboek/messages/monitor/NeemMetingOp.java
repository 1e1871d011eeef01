package nl.samenboek.messages.monitor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The directie freezes the 3K+S indicators as of a peildatum (docs/monitor.md). The application computes them, as the
 * ledger stood at {@code bekendOp}, and passes them with each gemeente's grootboek head at that instant, so that
 * anyone can compute them again from the same ledger.
 *
 * @param normenkader the jaar of the normenkader the meting is judged by
 */
public record NeemMetingOp(String metingId, Metingsoort soort, LocalDate peildatum, Integer normenkader, String omschrijving,
                           Instant bekendOp, Map<String, Grootboekstand> grootboek, Map<String, Indicatorwaarde> indicatoren) {

    @TargetAggregateIdentifier
    public MonitorId monitorId() {
        return MonitorId.DE_MONITOR;
    }
}
