package nl.samenboek.domain.aanbeveling;

import nl.samenboek.domain.Invoerregels;
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
import nl.samenboek.messages.fout.Foutenlijst;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One of the 24 recommendations (A–X) of the nota "HLT Samen Verder", with its progress and the bestuur's decisions
 * about it. Realised and lapsed are final: reporting progress after either is a conflict.
 */
public class Aanbeveling {

    @AggregateIdentifier
    private String id;
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
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(vaststelling.letter() == null || !vaststelling.letter().matches("[A-X]"), "letter", "een letter A tot en met X");
        Invoerregels.verplichteTekst(fouten, "titel", vaststelling.titel(), 2_000);
        fouten.als(vaststelling.categorie() == null, "categorie", "is verplicht");
        fouten.als(vaststelling.vastgesteldOp() == null, "vastgesteldOp", "is verplicht");
        fouten.als(vaststelling.gemeenten() == null || vaststelling.gemeenten().isEmpty(), "gemeenten", "noem de betrokken gemeenten");
        fouten.gooiAlsNodig();
        apply(new AanbevelingVastgesteld(vaststelling.letter(), vaststelling.titel(), vaststelling.categorie(),
                vaststelling.beoogdResultaat(), vaststelling.tijdpad(), vaststelling.deadline(),
                vaststelling.mijlpalen() == null ? List.of() : vaststelling.mijlpalen(), vaststelling.terugkerend(),
                vaststelling.vastgesteldOp(), vaststelling.bron(), vaststelling.gemeenten().stream().sorted().toList()));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(MeldVoortgang melding) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(melding.soort() == null, "soort", "is verplicht; toegestaan: gestart, voortgang, mijlpaal, gerealiseerd");
        controleerDatum(fouten, "datum", melding.datum());
        Invoerregels.verplichteTekst(fouten, "toelichting", melding.toelichting(), 4_000);
        fouten.gooiAlsNodig();
        vereisOpen("voortgang melden");
        apply(new VoortgangGemeld(letter, melding.soort(), melding.datum(), melding.toelichting().strip(), melding.door(), gemeenten));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(NeemUitstelbesluit besluit) {
        Foutenlijst fouten = new Foutenlijst();
        controleerDatum(fouten, "datum", besluit.datum());
        if (besluit.nieuweDeadline() == null) {
            fouten.voegToe("nieuweDeadline", "is verplicht");
        } else if (besluit.datum() != null && !besluit.nieuweDeadline().isAfter(besluit.datum())) {
            fouten.voegToe("nieuweDeadline", "ligt na de datum van het besluit");
        } else if (besluit.nieuweDeadline().getYear() > Invoerregels.LAATSTE_JAAR) {
            fouten.voegToe("nieuweDeadline", "ligt uiterlijk in " + Invoerregels.LAATSTE_JAAR);
        }
        Invoerregels.verplichteTekst(fouten, "reden", besluit.reden(), 4_000);
        fouten.gooiAlsNodig();
        vereisOpen("uitstellen");
        apply(new UitstelBesloten(letter, besluit.datum(), besluit.nieuweDeadline(), besluit.reden().strip(), gemeenten));
        return stand();
    }

    @CommandHandler
    AanbevelingStand handle(NeemVervalbesluit besluit) {
        Foutenlijst fouten = new Foutenlijst();
        controleerDatum(fouten, "datum", besluit.datum());
        Invoerregels.verplichteTekst(fouten, "reden", besluit.reden(), 4_000);
        fouten.gooiAlsNodig();
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

    private void vereisOpen(String handeling) {
        if (vervallen) {
            throw new Conflict("Aanbeveling " + letter + " is vervallen; men kan haar niet meer " + handeling + ".");
        }
        if (gerealiseerd) {
            throw new Conflict("Aanbeveling " + letter + " is al gerealiseerd; men kan haar niet meer " + handeling + ".");
        }
    }

    /** A fact about a recommendation lies between the nota's date and today. */
    private void controleerDatum(Foutenlijst fouten, String veld, LocalDate datum) {
        if (datum == null) {
            fouten.voegToe(veld, "is verplicht");
        } else if (datum.isBefore(vastgesteldOp)) {
            fouten.voegToe(veld, "ligt vóór de nota (" + vastgesteldOp + ")");
        } else if (datum.isAfter(LocalDate.now(Peilmoment.ZONE))) {
            fouten.voegToe(veld, "ligt in de toekomst");
        }
    }

    private AanbevelingStand stand() {
        return new AanbevelingStand(letter, AggregateLifecycle.getVersion() + 1);
    }
}
