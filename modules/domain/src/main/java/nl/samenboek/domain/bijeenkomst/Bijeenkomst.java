package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.AnnuleerBijeenkomst;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.messages.bijeenkomst.BijeenkomstId;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.fout.Conflict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A joint meeting of the colleges or the councils (nota HLT Samen Verder, aanbevelingen A and E). Recorded by the
 * bestuur once held, or beforehand: then it is planned until its date and held from then on, unless the bestuur
 * cancels it first. A held meeting counts towards the recurring obligations of the recommendations that ask for it.
 */
public class Bijeenkomst {

    @AggregateIdentifier
    private BijeenkomstId id;
    private LocalDate datum;
    private List<String> gemeenten;
    private boolean gehoudenVastgelegd;
    private boolean geannuleerd;

    protected Bijeenkomst() {
        // for Axon
    }

    /** Answers the bijeenkomst's id. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    String handle(LegBijeenkomstVast bijeenkomst, Gemeenteregister register, Clock klok) {
        Bijeenkomstregels.controleer(bijeenkomst, register);
        String bijeenkomstId = bijeenkomst.bijeenkomstId().waarde();
        List<String> deelnemers = bijeenkomst.gemeenten().stream().sorted().toList();
        if (bijeenkomst.datum().isAfter(Peilmoment.vandaag(klok))) {
            apply(new BijeenkomstGepland(bijeenkomstId, bijeenkomst.soort(), bijeenkomst.datum(), deelnemers,
                    bijeenkomst.onderwerp().strip(), bijeenkomst.pcMoment()));
        } else {
            apply(new BijeenkomstGehouden(bijeenkomstId, bijeenkomst.soort(), bijeenkomst.datum(), deelnemers,
                    bijeenkomst.onderwerp().strip(), bijeenkomst.pcMoment()));
        }
        return bijeenkomstId;
    }

    /** Only a planned meeting whose day has not passed can be cancelled, and only once. Answers the bijeenkomst's id. */
    @CommandHandler
    String handle(AnnuleerBijeenkomst annulering, Clock klok) {
        Bijeenkomstregels.controleer(annulering);
        if (geannuleerd) {
            throw new Conflict("bijeenkomst.geannuleerd-is-definitief", "Deze bijeenkomst is al geannuleerd.");
        }
        if (gehoudenVastgelegd || datum.isBefore(Peilmoment.vandaag(klok))) {
            throw new Conflict("bijeenkomst.gehouden-is-definitief", "Deze bijeenkomst is al gehouden (" + datum + "); alleen een "
                    + "geplande bijeenkomst kan worden geannuleerd.");
        }
        apply(new BijeenkomstGeannuleerd(id.waarde(), annulering.reden().strip(), gemeenten));
        return id.waarde();
    }

    @EventSourcingHandler
    void on(BijeenkomstGehouden gehouden) {
        id = BijeenkomstId.van(gehouden.bijeenkomstId());
        datum = gehouden.datum();
        gemeenten = gehouden.gemeenten();
        gehoudenVastgelegd = true;
    }

    @EventSourcingHandler
    void on(BijeenkomstGepland gepland) {
        id = BijeenkomstId.van(gepland.bijeenkomstId());
        datum = gepland.datum();
        gemeenten = gepland.gemeenten();
    }

    @EventSourcingHandler
    void on(BijeenkomstGeannuleerd geannuleerd) {
        this.geannuleerd = true;
    }
}
