package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingId;
import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.DeelAanbevelingIn;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.Foutenlijst;
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
 * about it. Its tijdpad is a row of stappen: the first deadline, then the mijlpalen (docs/uitvoeringsagenda.md); a
 * melding or uitstelbesluit is about one stap, by default the earliest open one. Some recommendations each gemeente
 * realises for itself; their stappen are realised per gemeente. Realised (every stap, for every gemeente) and lapsed
 * are final: reporting progress or deciding after either is a conflict. "Today" comes from the injected {@link Clock}.
 */
public class Aanbeveling {

    @AggregateIdentifier
    private AanbevelingId id;
    private String letter;
    private List<String> gemeenten;
    private LocalDate vastgesteldOp;
    private Realisaties realisaties;
    private boolean ingedeeld;
    private boolean perGemeente;
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

    /** Once ingedeeld a recommendation stays as it is: the seed data sends this at every start. */
    @CommandHandler
    AanbevelingStand handle(DeelAanbevelingIn indeling) {
        if (ingedeeld) {
            return stand();
        }
        new Foutenlijst().als(indeling.eersteStap() == null || indeling.eersteStap().isBlank(), "eersteStap", "is verplicht")
                .gooiAlsNodig();
        apply(new AanbevelingIngedeeld(letter, indeling.eersteStap().strip(), indeling.perGemeente(), gemeenten));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(MeldVoortgang melding, Clock klok) {
        Meldbevoegdheid.vereis(melding, letter, perGemeente);
        Voortgangsregels.controleer(melding, vastgesteldOp, Peilmoment.vandaag(klok), realisaties.aantalStappen(), perGemeente, gemeenten);
        vereisOpen("voortgang melden");
        int stap = stap(melding.stap(), melding.gemeente());
        apply(new VoortgangGemeld(letter, melding.soort(), melding.datum(), melding.toelichting().strip(), melding.door(), gemeenten,
                stap, melding.gemeente()));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(NeemUitstelbesluit besluit, Clock klok) {
        Besluitregels.controleer(besluit, vastgesteldOp, Peilmoment.vandaag(klok), realisaties.aantalStappen());
        vereisOpen("uitstellen");
        int stap = stap(besluit.stap(), null);
        apply(new UitstelBesloten(letter, besluit.datum(), besluit.nieuweDeadline(), besluit.reden().strip(), gemeenten, stap));
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
        // stap 1 is the first deadline (none for some), then one stap per mijlpaal
        realisaties = new Realisaties(1 + vastgesteld.mijlpalen().size());
    }

    @EventSourcingHandler
    void on(AanbevelingIngedeeld ingedeeld) {
        this.ingedeeld = true;
        perGemeente = ingedeeld.perGemeente();
    }

    @EventSourcingHandler
    void on(VoortgangGemeld gemeld) {
        if (gemeld.soort() == Voortgangssoort.GEREALISEERD) {
            realisaties.realiseer(gemeld.stap(), gemeld.gemeente());
        }
    }

    @EventSourcingHandler
    void on(VervalBesloten besloten) {
        vervallen = true;
    }

    /**
     * The stap a melding or besluit is about: the one named, unless it is already realised (for the gemeente, or for
     * every gemeente), else the earliest open one.
     */
    private int stap(Integer genoemd, String gemeente) {
        if (genoemd != null) {
            if (realisaties.isGerealiseerd(genoemd, gemeente, betrokken())) {
                throw new Conflict("aanbeveling.stap-gerealiseerd", "Stap " + genoemd + " van aanbeveling " + letter + " is al "
                        + "gerealiseerd" + (gemeente == null ? "" : " voor " + gemeente) + ".");
            }
            return genoemd;
        }
        return realisaties.eersteOpen(gemeente, betrokken()).orElseThrow(() -> new Conflict("aanbeveling.gerealiseerd-is-definitief",
                "Aanbeveling " + letter + " is voor " + gemeente + " al gerealiseerd."));
    }

    /** Vervallen and gerealiseerd are final: nothing more happens to the recommendation after either. */
    private void vereisOpen(String handeling) {
        if (vervallen) {
            throw new Conflict("aanbeveling.vervallen-is-definitief",
                    "Aanbeveling " + letter + " is vervallen; men kan haar niet meer " + handeling + ".");
        }
        if (realisaties.allesGerealiseerd(betrokken())) {
            throw new Conflict("aanbeveling.gerealiseerd-is-definitief",
                    "Aanbeveling " + letter + " is al gerealiseerd; men kan haar niet meer " + handeling + ".");
        }
    }

    /** The gemeenten that each realise the stappen for themselves: all of them per gemeente, else none. */
    private List<String> betrokken() {
        return perGemeente ? gemeenten : List.of();
    }

    private AanbevelingStand stand() {
        return new AanbevelingStand(letter, AggregateLifecycle.getVersion() + 1);
    }
}
