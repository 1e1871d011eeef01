package nl.samenboek.messages.monitor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The bestuur fixes the norms of a jaar's evaluation (nota, aanbeveling C: a normenkader fixed at the start).
 *
 * @param normen per indicator code its norm; an entry without a norm is a null value, which the rules name
 */
public record StelNormenkaderVast(Integer jaar, Map<String, BigDecimal> normen) {

    @TargetAggregateIdentifier
    public MonitorId monitorId() {
        return MonitorId.DE_MONITOR;
    }
}
