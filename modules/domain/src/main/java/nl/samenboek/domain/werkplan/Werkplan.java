package nl.samenboek.domain.werkplan;

import nl.samenboek.domain.formatie.Formatieregister;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.werkplan.StelWerkplanVast;
import nl.samenboek.messages.werkplan.WerkplanId;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's werkplan for a year (Berenschot 2019: werkplannen with hours per gemeente). The nota reserves 20 % of
 * capacity as ontwikkeltijd, which may not be planned for opdrachten. Without a capaciteit of its own it takes the hours
 * its team's formatie of that year makes available, as they are when it is set (docs/groeimodel.md). Setting it again
 * replaces it; setting the same plan again changes nothing.
 */
public class Werkplan {

    /** Nota HLT Samen Verder: 20 % ontwikkeltijd. */
    public static final BigDecimal STANDAARD_ONTWIKKELTIJD = new BigDecimal("20");

    @AggregateIdentifier
    private WerkplanId id;
    private WerkplanVastgesteld laatste;

    protected Werkplan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    nl.samenboek.messages.werkplan.Werkplan handle(StelWerkplanVast gevraagd, Gemeenteregister register, Formatieregister formaties) {
        StelWerkplanVast plan = gevraagd.capaciteit() != null || gevraagd.team() == null || gevraagd.jaar() == null ? gevraagd
                : formaties.beschikbareUren(gevraagd.team(), gevraagd.jaar())
                .map(uren -> new StelWerkplanVast(gevraagd.team(), gevraagd.jaar(), uren, gevraagd.ontwikkeltijdPercentage(), gevraagd.gepland()))
                .orElse(gevraagd);
        BigDecimal percentage = plan.ontwikkeltijdPercentage() == null ? STANDAARD_ONTWIKKELTIJD : plan.ontwikkeltijdPercentage();
        Werkplanregels.controleer(plan, percentage, register);
        Map<String, BigDecimal> gepland = plan.gepland() == null ? Map.of() : new TreeMap<>(plan.gepland());
        BigDecimal ontwikkeltijd = plan.capaciteit().multiply(percentage).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal planbaar = plan.capaciteit().subtract(ontwikkeltijd);
        BigDecimal totaalGepland = gepland.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Werkplanregels.controleerGepland(totaalGepland, planbaar, percentage);
        WerkplanVastgesteld nieuw = new WerkplanVastgesteld(plan.team(), plan.jaar(), plan.capaciteit(), percentage, ontwikkeltijd,
                planbaar, gepland, planbaar.subtract(totaalGepland), register.codes().stream().sorted().toList());
        if (!nieuw.equals(laatste)) {
            apply(nieuw);
        }
        return new nl.samenboek.messages.werkplan.Werkplan(laatste.team(), laatste.jaar(), laatste.capaciteit(),
                laatste.ontwikkeltijdPercentage(), laatste.ontwikkeltijd(), laatste.planbaar(), laatste.gepland(),
                laatste.vrijeRuimte(), AggregateLifecycle.getVersion() + 1);
    }

    @EventSourcingHandler
    void on(WerkplanVastgesteld vastgesteld) {
        id = WerkplanId.van(vastgesteld.team(), vastgesteld.jaar());
        laatste = vastgesteld;
    }
}
