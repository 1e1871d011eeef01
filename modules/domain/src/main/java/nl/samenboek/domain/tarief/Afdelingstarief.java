package nl.samenboek.domain.tarief;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.tarief.StelTariefVast;
import nl.samenboek.messages.tarief.Tarief;
import nl.samenboek.messages.tarief.TariefId;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's afdelingstarief for a year, in euro per hour (Berenschot 2019, comparing BUCH, BAR and WODV). Costs are
 * hours × tarief, for insight only: the gemeenten do not invoice each other (BTW; kader Heemstede–Bloemendaal 2019).
 * Setting it again replaces it; setting the same tarief again changes nothing.
 */
public class Afdelingstarief {

    @AggregateIdentifier
    private TariefId id;
    private BigDecimal tarief;

    protected Afdelingstarief() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Tarief handle(StelTariefVast vaststelling, Gemeenteregister register) {
        Tariefregels.controleer(vaststelling);
        if (tarief == null || tarief.compareTo(vaststelling.tarief()) != 0) {
            apply(new TariefVastgesteld(vaststelling.team(), vaststelling.jaar(), vaststelling.tarief(),
                    register.codes().stream().sorted().toList()));
        }
        return new Tarief(vaststelling.team(), vaststelling.jaar(), tarief);
    }

    @EventSourcingHandler
    void on(TariefVastgesteld vastgesteld) {
        id = TariefId.van(vastgesteld.team(), vastgesteld.jaar());
        tarief = vastgesteld.tarief();
    }
}
