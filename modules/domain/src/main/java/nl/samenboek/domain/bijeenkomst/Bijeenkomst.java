package nl.samenboek.domain.bijeenkomst;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.fout.Foutenlijst;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.HashSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A joint meeting of the colleges or the councils (nota, aanbevelingen A and E). Recorded by the bestuur once held; it
 * counts towards the recurring obligations of the recommendations that ask for it.
 */
public class Bijeenkomst {

    @AggregateIdentifier
    private String id;

    protected Bijeenkomst() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    String handle(LegBijeenkomstVast bijeenkomst, Gemeenteregister register) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(bijeenkomst.soort() == null, "soort", "is verplicht; toegestaan: gezamenlijke-colleges, gezamenlijke-raden");
        Invoerregels.datum(fouten, "datum", bijeenkomst.datum(), LocalDate.now(Peilmoment.ZONE));
        if (bijeenkomst.gemeenten() == null || bijeenkomst.gemeenten().size() < 2) {
            fouten.voegToe("gemeenten", "een gezamenlijke bijeenkomst heeft ten minste twee gemeenten");
        } else if (!bijeenkomst.gemeenten().stream().allMatch(register::isBekend)) {
            fouten.voegToe("gemeenten", "noemt een gemeente die niet tot de samenwerking behoort");
        } else if (new HashSet<>(bijeenkomst.gemeenten()).size() != bijeenkomst.gemeenten().size()) {
            fouten.voegToe("gemeenten", "noemt een gemeente meer dan eens");
        }
        Invoerregels.verplichteTekst(fouten, "onderwerp", bijeenkomst.onderwerp(), 1_000);
        fouten.gooiAlsNodig();
        apply(new BijeenkomstGehouden(bijeenkomst.bijeenkomstId(), bijeenkomst.soort(), bijeenkomst.datum(),
                bijeenkomst.gemeenten().stream().sorted().toList(), bijeenkomst.onderwerp().strip()));
        return bijeenkomst.bijeenkomstId();
    }

    @EventSourcingHandler
    void on(BijeenkomstGehouden gehouden) {
        id = gehouden.bijeenkomstId();
    }
}
