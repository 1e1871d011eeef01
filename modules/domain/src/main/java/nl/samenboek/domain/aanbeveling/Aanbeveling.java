package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingId;
import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.fout.Conflict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One of the 24 recommendations (A–X) of the nota "HLT Samen Verder", with its progress and the bestuur's decisions
 * about it. Realised and lapsed are final: reporting progress or deciding after either is a conflict. "Today" comes
 * from the injected {@link Clock}.
 */
public class Aanbeveling {

    @AggregateIdentifier
    private AanbevelingId id;
    private String letter;
    private List<String> gemeenten;
    private LocalDate vastgesteldOp;
    private boolean gerealiseerd;
    private boolean vervallen;

    protected Aanbeveling() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    AanbevelingStand handle(StelAanbevelingVast vaststelling) {
        Vaststellingsregels.controleer(vaststelling);
        apply(new AanbevelingVastgesteld(vaststelling.letter(), vaststelling.titel(), vaststelling.categorie(),
                vaststelling.beoogdResultaat(), vaststelling.tijdpad(), vaststelling.deadline(),
                vaststelling.mijlpalen() == null ? List.of() : vaststelling.mijlpalen(), vaststelling.terugkerend(),
                vaststelling.vastgesteldOp(), vaststelling.bron(), vaststelling.gemeenten().stream().sorted().toList()));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(MeldVoortgang melding, Clock klok) {
        Voortgangsregels.controleer(melding, vastgesteldOp, Peilmoment.vandaag(klok));
        vereisOpen("voortgang melden");
        apply(new VoortgangGemeld(letter, melding.soort(), melding.datum(), melding.toelichting().strip(), melding.door(), gemeenten));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(NeemUitstelbesluit besluit, Clock klok) {
        Besluitregels.controleer(besluit, vastgesteldOp, Peilmoment.vandaag(klok));
        vereisOpen("uitstellen");
        apply(new UitstelBesloten(letter, besluit.datum(), besluit.nieuweDeadline(), besluit.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(NeemVervalbesluit besluit, Clock klok) {
        Besluitregels.controleer(besluit, vastgesteldOp, Peilmoment.vandaag(klok));
        vereisOpen("laten vervallen");
        apply(new VervalBesloten(letter, besluit.datum(), besluit.reden().strip(), gemeenten));
        return stand();
    }

    @EventSourcingHandler
    void on(AanbevelingVastgesteld vastgesteld) {
        id = AanbevelingId.van(vastgesteld.letter());
        letter = vastgesteld.letter();
        gemeenten = vastgesteld.gemeenten();
        vastgesteldOp = vastgesteld.vastgesteldOp();
    }

    @EventSourcingHandler
    void on(VoortgangGemeld gemeld) {
        gerealiseerd = gerealiseerd || gemeld.soort() == Voortgangssoort.GEREALISEERD;
    }

    @EventSourcingHandler
    void on(VervalBesloten besloten) {
        vervallen = true;
    }

    /** Vervallen and gerealiseerd are final: nothing more happens to the recommendation after either. */
    private void vereisOpen(String handeling) {
        if (vervallen) {
            throw new Conflict("aanbeveling.vervallen-is-definitief",
                    "Aanbeveling " + letter + " is vervallen; men kan haar niet meer " + handeling + ".");
        }
        if (gerealiseerd) {
            throw new Conflict("aanbeveling.gerealiseerd-is-definitief",
                    "Aanbeveling " + letter + " is al gerealiseerd; men kan haar niet meer " + handeling + ".");
        }
    }

    private AanbevelingStand stand() {
        return new AanbevelingStand(letter, AggregateLifecycle.getVersion() + 1);
    }
}
