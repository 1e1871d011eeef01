package nl.samenboek.domain.samenwerking;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;
import nl.samenboek.messages.samenwerking.RichtSamenwerkingIn;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The shared civil service and its members: which gemeenten take part and the verdeelsleutel in force from each
 * ingangsdatum on. Configuration is events too, so the history of every key stays in the ledger.
 */
public class Samenwerking {

    private static final Pattern GEMEENTECODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final BigDecimal MAXIMAAL_AANDEEL = new BigDecimal("1000");

    @AggregateIdentifier
    private String id;
    private Map<String, String> gemeenten = new TreeMap<>();
    private Map<LocalDate, Verdeelsleutel> sleutels = new TreeMap<>();

    protected Samenwerking() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RichtSamenwerkingIn inrichting) {
        if (inrichting.gemeenten() == null || inrichting.gemeenten().isEmpty() || inrichting.verdeelsleutel() == null) {
            throw new OngeldigeInvoer("gemeenten", "een samenwerking begint met ten minste één gemeente en een verdeelsleutel");
        }
        for (RichtSamenwerkingIn.Deelnemer deelnemer : inrichting.gemeenten()) {
            LaatGemeenteToetreden toetreding = new LaatGemeenteToetreden(inrichting.samenwerking(), deelnemer.code(),
                    deelnemer.naam(), deelnemer.toegetredenOp());
            controleer(toetreding);
            apply(new GemeenteToegetreden(inrichting.samenwerking(), deelnemer.code(), deelnemer.naam().strip(),
                    deelnemer.toegetredenOp(), List.of(deelnemer.code())));
        }
        handle(new StelVerdeelsleutelVast(inrichting.samenwerking(), inrichting.verdeelsleutel().ingangsdatum(),
                inrichting.verdeelsleutel().aandelen()));
    }

    /** A gemeente joins later; the seed of a new samenwerking uses {@link RichtSamenwerkingIn}. */
    @CommandHandler
    void handle(LaatGemeenteToetreden toetreding) {
        controleer(toetreding);
        String bekend = gemeenten.get(toetreding.code());
        if (bekend != null) {
            if (bekend.equals(toetreding.naam().strip())) {
                return;
            }
            throw new Conflict("Gemeente " + toetreding.code() + " neemt al deel, als " + bekend + ".");
        }
        apply(new GemeenteToegetreden(toetreding.samenwerking(), toetreding.code(), toetreding.naam().strip(),
                toetreding.datum(), List.of(toetreding.code())));
    }

    private static void controleer(LaatGemeenteToetreden toetreding) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(toetreding.code() == null || !GEMEENTECODE.matcher(toetreding.code()).matches(), "code",
                "een gemeentecode is in kleine letters, bijvoorbeeld 'lisse'");
        Invoerregels.verplichteTekst(fouten, "naam", toetreding.naam(), 100);
        Invoerregels.datum(fouten, "datum", toetreding.datum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        fouten.gooiAlsNodig();
    }

    /** A PUT: recording the same key for the same date again changes nothing and stores nothing. */
    @CommandHandler
    Verdeelsleutel handle(StelVerdeelsleutelVast vaststelling) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.datum(fouten, "ingangsdatum", vaststelling.ingangsdatum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        controleerAandelen(fouten, vaststelling.aandelen());
        fouten.gooiAlsNodig();
        Verdeelsleutel nieuw = new Verdeelsleutel(vaststelling.ingangsdatum(), vaststelling.aandelen());
        if (!nieuw.equals(sleutels.get(vaststelling.ingangsdatum()))) {
            apply(new VerdeelsleutelVastgesteld(id, nieuw.ingangsdatum(), nieuw.aandelen(), List.copyOf(nieuw.aandelen().keySet())));
        }
        return sleutels.get(vaststelling.ingangsdatum());
    }

    private void controleerAandelen(Foutenlijst fouten, Map<String, BigDecimal> aandelen) {
        if (aandelen == null || aandelen.isEmpty()) {
            fouten.voegToe("aandelen", "noem het aandeel van elke gemeente: " + String.join(", ", gemeenten.keySet()));
            return;
        }
        aandelen.forEach((gemeente, aandeel) -> {
            String veld = "aandelen." + gemeente;
            if (!gemeenten.containsKey(gemeente)) {
                fouten.voegToe(veld, "'" + gemeente + "' is geen gemeente van de samenwerking");
            } else if (aandeel == null || aandeel.signum() < 0) {
                fouten.voegToe(veld, "een aandeel is een getal van 0 of meer");
            } else if (aandeel.compareTo(MAXIMAAL_AANDEEL) > 0 || aandeel.stripTrailingZeros().scale() > 4) {
                fouten.voegToe(veld, "een aandeel is hoogstens " + MAXIMAAL_AANDEEL + ", met hoogstens vier decimalen");
            }
        });
        gemeenten.keySet().stream().filter(g -> !aandelen.containsKey(g))
                .forEach(g -> fouten.voegToe("aandelen." + g, "ontbreekt; elke gemeente heeft een aandeel (0 mag)"));
        if (fouten.isLeeg() && aandelen.values().stream().allMatch(a -> a.signum() == 0)) {
            fouten.voegToe("aandelen", "ten minste één gemeente heeft een aandeel groter dan 0");
        }
    }

    @EventSourcingHandler
    void on(GemeenteToegetreden toegetreden) {
        id = toegetreden.samenwerking();
        gemeenten.put(toegetreden.code(), toegetreden.naam());
    }

    @EventSourcingHandler
    void on(VerdeelsleutelVastgesteld vastgesteld) {
        sleutels.put(vastgesteld.ingangsdatum(), new Verdeelsleutel(vastgesteld.ingangsdatum(), vastgesteld.aandelen()));
    }
}
