package nl.samenboek.domain.tarief;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.tarief.StelTariefVast;
import nl.samenboek.messages.tarief.Tarief;
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
 * hours × tarief, for insight only: the gemeenten do not invoice each other (BTW, seed 004).
 */
public class Afdelingstarief {

    private static final BigDecimal HOOGSTE_TARIEF = new BigDecimal("10000");

    @AggregateIdentifier
    private String id;
    private BigDecimal tarief;

    protected Afdelingstarief() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Tarief handle(StelTariefVast vaststelling, Gemeenteregister register) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(vaststelling.team() == null || vaststelling.team().isBlank() || vaststelling.team().length() > 100,
                "team", "is verplicht: de code van het team");
        Invoerregels.jaar(fouten, "jaar", vaststelling.jaar(), Invoerregels.EERSTE_JAAR);
        if (vaststelling.tarief() == null) {
            fouten.voegToe("tarief", "is verplicht: euro per uur");
        } else if (vaststelling.tarief().signum() < 0 || vaststelling.tarief().compareTo(HOOGSTE_TARIEF) > 0
                || vaststelling.tarief().stripTrailingZeros().scale() > 2) {
            fouten.voegToe("tarief", "euro per uur, van 0 tot " + HOOGSTE_TARIEF + ", in centen");
        }
        fouten.gooiAlsNodig();
        if (tarief == null || tarief.compareTo(vaststelling.tarief()) != 0) {
            apply(new TariefVastgesteld(vaststelling.team(), vaststelling.jaar(), vaststelling.tarief(),
                    register.codes().stream().sorted().toList()));
        }
        return new Tarief(vaststelling.team(), vaststelling.jaar(), tarief);
    }

    @EventSourcingHandler
    void on(TariefVastgesteld vastgesteld) {
        id = new StelTariefVast(vastgesteld.team(), vastgesteld.jaar(), null).tariefId();
        tarief = vastgesteld.tarief();
    }
}
