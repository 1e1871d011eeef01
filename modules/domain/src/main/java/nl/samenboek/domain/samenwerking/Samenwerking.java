package nl.samenboek.domain.samenwerking;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.GemeenteUitgetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteUittreden;
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

import java.math.BigDecimal;
import java.time.Clock;
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
    private TreeMap<LocalDate, Verdeelsleutel> sleutels = new TreeMap<>();
    private Map<String, LocalDate> uitgetreden = new TreeMap<>();
    private Map<String, LocalDate> toegetredenOp = new TreeMap<>();

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
                    deelnemer.toegetredenOp(), deelnemer.inwoners(), null), null);
            apply(new GemeenteToegetreden(inrichting.samenwerking().waarde(), deelnemer.code(), deelnemer.naam().strip(),
                    deelnemer.toegetredenOp(), List.of(deelnemer.code()), deelnemer.inwoners()));
        }
        handle(new StelVerdeelsleutelVast(inrichting.samenwerking(), inrichting.verdeelsleutel().ingangsdatum(),
                inrichting.verdeelsleutel().aandelen()));
    }

    /**
     * A gemeente joins later (toetreding, docs/samenwerking.md): with an {@code aandeel} the verdeelsleutel includes it from
     * its date on — the key in force then with its weight added. Joining again under the same naam without an aandeel
     * changes nothing; a code that took part before is a conflict for a toetreding with an aandeel.
     */
    @CommandHandler
    void handle(LaatGemeenteToetreden toetreding) {
        Toetredingsregels.controleer(toetreding, laatsteIngangsdatum());
        String bekend = gemeenten.get(toetreding.code());
        if (bekend != null && (toetreding.aandeel() != null || !bekend.equals(toetreding.naam().strip()))) {
            throw new Conflict("samenwerking.gemeente-bestaat-al", "Gemeente " + toetreding.code() + " neemt al deel of nam deel, als "
                    + bekend + ".");
        }
        if (bekend != null) {
            return;
        }
        apply(new GemeenteToegetreden(toetreding.samenwerking().waarde(), toetreding.code(), toetreding.naam().strip(),
                toetreding.datum(), List.of(toetreding.code()), toetreding.inwoners()));
        if (toetreding.aandeel() != null) {
            Map<String, BigDecimal> aandelen = new TreeMap<>(sleutelOp(toetreding.datum()).map(Verdeelsleutel::aandelen).orElse(Map.of()));
            aandelen.put(toetreding.code(), toetreding.aandeel());
            handle(new StelVerdeelsleutelVast(toetreding.samenwerking(), toetreding.datum(), aandelen));
        }
    }

    /**
     * A gemeente leaves (uittreding, docs/samenwerking.md) from a date on, today or later: from then on the verdeelsleutel
     * leaves it out. Its grootboek stays as it is.
     */
    @CommandHandler
    void handle(LaatGemeenteUittreden uittreding, Clock klok) {
        Toetredingsregels.controleer(uittreding, Peilmoment.vandaag(klok));
        if (!gemeenten.containsKey(uittreding.code())) {
            throw new NietGevonden("Er is geen gemeente '" + uittreding.code() + "' in deze samenwerking.");
        }
        if (uitgetreden.containsKey(uittreding.code())) {
            throw new Conflict("samenwerking.al-uitgetreden", "Gemeente " + uittreding.code() + " treedt al uit op "
                    + uitgetreden.get(uittreding.code()) + ".");
        }
        Map<String, BigDecimal> aandelen = new TreeMap<>(sleutelOp(uittreding.datum()).map(Verdeelsleutel::aandelen).orElse(Map.of()));
        aandelen.remove(uittreding.code());
        if (aandelen.isEmpty()) {
            throw new Conflict("samenwerking.laatste-gemeente", "Gemeente " + uittreding.code() + " is de laatste gemeente met een "
                    + "aandeel in de verdeelsleutel; een samenwerking zonder gemeenten bestaat niet.");
        }
        apply(new GemeenteUitgetreden(id.waarde(), uittreding.code(), uittreding.datum(), List.of(uittreding.code())));
        handle(new StelVerdeelsleutelVast(uittreding.samenwerking(), uittreding.datum(), aandelen));
    }

    /** The gemeenten that take part on the date: joined by then and not left (every gemeente, without a date). */
    private java.util.Set<String> deelnemersOp(LocalDate datum) {
        if (datum == null) {
            return gemeenten.keySet();
        }
        java.util.Set<String> deelnemers = new java.util.TreeSet<>();
        gemeenten.keySet().forEach(code -> {
            boolean toegetreden = !toegetredenOp.getOrDefault(code, datum).isAfter(datum);
            boolean vertrokken = uitgetreden.containsKey(code) && !uitgetreden.get(code).isAfter(datum);
            if (toegetreden && !vertrokken) {
                deelnemers.add(code);
            }
        });
        return deelnemers;
    }

    /** The key in force on the date: the latest whose ingangsdatum is not after it. */
    private java.util.Optional<Verdeelsleutel> sleutelOp(LocalDate datum) {
        return sleutels.entrySet().stream().filter(e -> !e.getKey().isAfter(datum)).reduce((eerder, later) -> later)
                .map(Map.Entry::getValue);
    }

    private LocalDate laatsteIngangsdatum() {
        return sleutels.isEmpty() ? null : sleutels.lastKey();
    }

    /** A PUT: recording the same key for the same date again changes nothing and stores nothing. */
    @CommandHandler
    Verdeelsleutel handle(StelVerdeelsleutelVast vaststelling) {
        Verdeelsleutelregels.controleer(vaststelling, deelnemersOp(vaststelling.ingangsdatum()));
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
        toegetredenOp.put(toegetreden.code(), toegetreden.datum());
    }

    @EventSourcingHandler
    void on(GemeenteUitgetreden uitgetreden) {
        this.uitgetreden.put(uitgetreden.code(), uitgetreden.datum());
    }

    @EventSourcingHandler
    void on(VerdeelsleutelVastgesteld vastgesteld) {
        sleutels.put(vastgesteld.ingangsdatum(), new Verdeelsleutel(vastgesteld.ingangsdatum(), vastgesteld.aandelen()));
    }
}
