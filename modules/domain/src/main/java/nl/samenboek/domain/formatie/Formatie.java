package nl.samenboek.domain.formatie;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.formatie.FormatieId;
import nl.samenboek.messages.formatie.FormatieVastgesteld;
import nl.samenboek.messages.formatie.StelFormatieVast;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's formatie for a year (Berenschot 2019: formatie, vacatures that are hard to fill, and inhuur paid from the
 * formatiebudget), and the hours it makes available: {@code (fte − vacaturesFte) × urenPerFte + inhuurUren}. A werkplan
 * set without a capaciteit takes these hours (docs/groeimodel.md). Setting it again replaces it; setting the same
 * formatie again changes nothing.
 */
public class Formatie {

    @AggregateIdentifier
    private FormatieId id;
    private FormatieVastgesteld laatste;

    protected Formatie() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    nl.samenboek.messages.formatie.Formatie handle(StelFormatieVast formatie, Gemeenteregister register) {
        BigDecimal vacatures = formatie.vacaturesFte() == null ? BigDecimal.ZERO : formatie.vacaturesFte();
        BigDecimal inhuur = formatie.inhuurUren() == null ? BigDecimal.ZERO : formatie.inhuurUren();
        Formatieregels.controleer(formatie, vacatures, inhuur);
        if (laatste == null || !zelfde(laatste, formatie.fte(), vacatures, inhuur, formatie.urenPerFte())) {
            apply(new FormatieVastgesteld(formatie.team(), formatie.jaar(), formatie.fte(), vacatures, inhuur, formatie.urenPerFte(),
                    beschikbareUren(formatie.fte(), vacatures, inhuur, formatie.urenPerFte()), register.codes().stream().sorted().toList()));
        }
        return new nl.samenboek.messages.formatie.Formatie(laatste.team(), laatste.jaar(), laatste.fte(), laatste.vacaturesFte(),
                laatste.inhuurUren(), laatste.urenPerFte(), laatste.beschikbareUren(), AggregateLifecycle.getVersion() + 1);
    }

    /** (fte − vacaturesFte) × urenPerFte + inhuurUren, to the hundredth of an hour. */
    public static BigDecimal beschikbareUren(BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren, BigDecimal urenPerFte) {
        return fte.subtract(vacaturesFte).multiply(urenPerFte).add(inhuurUren).setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean zelfde(FormatieVastgesteld laatste, BigDecimal fte, BigDecimal vacatures, BigDecimal inhuur, BigDecimal urenPerFte) {
        return laatste.fte().compareTo(fte) == 0 && laatste.vacaturesFte().compareTo(vacatures) == 0
                && laatste.inhuurUren().compareTo(inhuur) == 0 && laatste.urenPerFte().compareTo(urenPerFte) == 0;
    }

    @EventSourcingHandler
    void on(FormatieVastgesteld vastgesteld) {
        id = FormatieId.van(vastgesteld.team(), vastgesteld.jaar());
        laatste = vastgesteld;
    }
}
