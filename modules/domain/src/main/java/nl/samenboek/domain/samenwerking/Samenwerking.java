package nl.samenboek.domain.samenwerking;

import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;
import nl.samenboek.messages.samenwerking.RichtSamenwerkingIn;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The shared civil service and its members: which gemeenten take part and the verdeelsleutel in force from each
 * ingangsdatum on. Configuration is events too, so the history of every key stays in the ledger.
 */
public class Samenwerking {

    @AggregateIdentifier
    private SamenwerkingId id;
    private Map<String, String> gemeenten = new TreeMap<>();
    private Map<LocalDate, Verdeelsleutel> sleutels = new TreeMap<>();

    protected Samenwerking() {
        // for Axon
    }

    /** The first start: every gemeente and the first verdeelsleutel in one transaction, so no samenwerking is without a key. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RichtSamenwerkingIn inrichting) {
        if (inrichting.gemeenten() == null || inrichting.gemeenten().isEmpty() || inrichting.verdeelsleutel() == null) {
            throw new OngeldigeInvoer("gemeenten", "een samenwerking begint met ten minste één gemeente en een verdeelsleutel");
        }
        for (RichtSamenwerkingIn.Deelnemer deelnemer : inrichting.gemeenten()) {
            Toetredingsregels.controleer(new LaatGemeenteToetreden(inrichting.samenwerking(), deelnemer.code(), deelnemer.naam(),
                    deelnemer.toegetredenOp()));
            apply(new GemeenteToegetreden(inrichting.samenwerking().waarde(), deelnemer.code(), deelnemer.naam().strip(),
                    deelnemer.toegetredenOp(), List.of(deelnemer.code())));
        }
        handle(new StelVerdeelsleutelVast(inrichting.samenwerking(), inrichting.verdeelsleutel().ingangsdatum(),
                inrichting.verdeelsleutel().aandelen()));
    }

    /** A gemeente joins later; joining again under the same naam changes nothing. */
    @CommandHandler
    void handle(LaatGemeenteToetreden toetreding) {
        Toetredingsregels.controleer(toetreding);
        String bekend = gemeenten.get(toetreding.code());
        if (bekend != null && !bekend.equals(toetreding.naam().strip())) {
            throw new Conflict("samenwerking.gemeente-bestaat-al", "Gemeente " + toetreding.code() + " neemt al deel, als " + bekend + ".");
        }
        if (bekend == null) {
            apply(new GemeenteToegetreden(toetreding.samenwerking().waarde(), toetreding.code(), toetreding.naam().strip(),
                    toetreding.datum(), List.of(toetreding.code())));
        }
    }

    /** A PUT: recording the same key for the same date again changes nothing and stores nothing. */
    @CommandHandler
    Verdeelsleutel handle(StelVerdeelsleutelVast vaststelling) {
        Verdeelsleutelregels.controleer(vaststelling, gemeenten.keySet());
        Verdeelsleutel nieuw = new Verdeelsleutel(vaststelling.ingangsdatum(), vaststelling.aandelen());
        if (!nieuw.equals(sleutels.get(vaststelling.ingangsdatum()))) {
            apply(new VerdeelsleutelVastgesteld(id.waarde(), nieuw.ingangsdatum(), nieuw.aandelen(),
                    List.copyOf(nieuw.aandelen().keySet())));
        }
        return sleutels.get(vaststelling.ingangsdatum());
    }

    @EventSourcingHandler
    void on(GemeenteToegetreden toegetreden) {
        id = SamenwerkingId.van(toegetreden.samenwerking());
        gemeenten.put(toegetreden.code(), toegetreden.naam());
    }

    @EventSourcingHandler
    void on(VerdeelsleutelVastgesteld vastgesteld) {
        sleutels.put(vastgesteld.ingangsdatum(), new Verdeelsleutel(vastgesteld.ingangsdatum(), vastgesteld.aandelen()));
    }
}
