package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.BijeenkomstId;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A joint meeting of the colleges or the councils (nota HLT Samen Verder, aanbevelingen A and E). Recorded by the
 * bestuur once held; it counts towards the recurring obligations of the recommendations that ask for it.
 */
public class Bijeenkomst {

    @AggregateIdentifier
    private BijeenkomstId id;

    protected Bijeenkomst() {
        // for Axon
    }

    /** Answers the bijeenkomst's id. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    String handle(LegBijeenkomstVast bijeenkomst, Gemeenteregister register, Clock klok) {
        Bijeenkomstregels.controleer(bijeenkomst, register, Peilmoment.vandaag(klok));
        apply(new BijeenkomstGehouden(bijeenkomst.bijeenkomstId().waarde(), bijeenkomst.soort(), bijeenkomst.datum(),
                bijeenkomst.gemeenten().stream().sorted().toList(), bijeenkomst.onderwerp().strip()));
        return bijeenkomst.bijeenkomstId().waarde();
    }

    @EventSourcingHandler
    void on(BijeenkomstGehouden gehouden) {
        id = BijeenkomstId.van(gehouden.bijeenkomstId());
    }
}
