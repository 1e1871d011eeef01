package nl.samenboek.domain.monitor;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.monitor.MetingGedaan;
import nl.samenboek.messages.monitor.MetingVastgesteld;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.MonitorId;
import nl.samenboek.messages.monitor.Monitorstand;
import nl.samenboek.messages.monitor.NeemMetingOp;
import nl.samenboek.messages.monitor.Normenkader;
import nl.samenboek.messages.monitor.NormenkaderVastgesteld;
import nl.samenboek.messages.monitor.StelMetingVast;
import nl.samenboek.messages.monitor.StelNormenkaderVast;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The samenwerking's monitor (docs/monitor.md): the normenkaders per jaar, the nulmeting and the metingen, and the
 * raden's vaststellingen of them. One aggregate, so that its rules hold together: one nulmeting, metingen after it, a
 * normenkader fixed once a meting refers to it, one vaststelling per raad per meting. "Today" comes from the injected
 * {@link Clock}.
 */
public class Monitor {

    @AggregateIdentifier
    private MonitorId id;
    private final Map<Integer, Map<String, BigDecimal>> normenkaders = new HashMap<>();
    private final Set<Integer> gebruikteNormenkaders = new HashSet<>();
    private final Map<String, Meting> metingen = new HashMap<>();
    private Meting nulmeting;

    /** A meting as the rules need it: its peildatum, the gemeenten it measured, and the raden that adopted it. */
    private record Meting(LocalDate peildatum, Set<String> gemeten, Set<String> vastgesteldDoor) {
    }

    protected Monitor() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Normenkader handle(StelNormenkaderVast vaststelling, Gemeenteregister register) {
        Normenkaderregels.controleer(vaststelling);
        Map<String, BigDecimal> huidig = normenkaders.get(vaststelling.jaar());
        Map<String, BigDecimal> nieuw = new TreeMap<>(vaststelling.normen());
        if (!Normenkaderregels.gelijk(huidig, nieuw)) {
            if (gebruikteNormenkaders.contains(vaststelling.jaar())) {
                throw new Conflict("normenkader.vast-na-meting", "Het normenkader " + vaststelling.jaar() + " ligt vast: een meting "
                        + "verwijst ernaar, dus de normen veranderen niet meer (nota, aanbeveling C).");
            }
            apply(new NormenkaderVastgesteld(vaststelling.jaar(), nieuw, register.codes().stream().sorted().toList()));
        }
        return new Normenkader(vaststelling.jaar(), normenkaders.get(vaststelling.jaar()), versie());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Monitorstand handle(NeemMetingOp meting, Clock klok) {
        Metingregels.controleer(meting, normenkaders.keySet(), Peilmoment.vandaag(klok));
        if (meting.soort() == Metingsoort.NULMETING && nulmeting != null) {
            throw new Conflict("meting.een-nulmeting", "Er is al een nulmeting (peildatum " + nulmeting.peildatum()
                    + "); de samenwerking heeft er één, latere metingen vergelijken ermee.");
        }
        if (meting.soort() == Metingsoort.METING && nulmeting == null) {
            throw new Conflict("meting.eerst-nulmeting", "Er is nog geen nulmeting; een meting vergelijkt met de nulmeting, "
                    + "dus die komt eerst.");
        }
        if (meting.soort() == Metingsoort.METING && !meting.peildatum().isAfter(nulmeting.peildatum())) {
            throw new Conflict("meting.na-nulmeting", "De peildatum van een meting ligt na die van de nulmeting ("
                    + nulmeting.peildatum() + ").");
        }
        apply(new MetingGedaan(meting.metingId(), meting.soort(), meting.peildatum(), meting.normenkader(), meting.omschrijving().strip(),
                meting.bekendOp(), new TreeMap<>(meting.grootboek()), new TreeMap<>(meting.indicatoren()),
                meting.grootboek().keySet().stream().sorted().toList()));
        return new Monitorstand(meting.metingId(), versie());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Monitorstand handle(StelMetingVast vaststelling, Clock klok) {
        Meting meting = vaststelling.metingId() == null ? null : metingen.get(vaststelling.metingId());
        if (meting == null) {
            throw new NietGevonden("Er is geen meting " + vaststelling.metingId() + ".");
        }
        Metingregels.controleer(vaststelling, meting.peildatum(), Peilmoment.vandaag(klok));
        if (!meting.gemeten().contains(vaststelling.gemeente())) {
            throw new Conflict("vaststelling.gemeente-gemeten", "Deze meting gaat niet over de gemeente " + vaststelling.gemeente()
                    + " (zij was toen geen deel van de samenwerking); haar raad kan haar niet vaststellen.");
        }
        if (meting.vastgesteldDoor().contains(vaststelling.gemeente())) {
            throw new Conflict("vaststelling.eenmaal-per-raad", "De raad van " + vaststelling.gemeente()
                    + " heeft deze meting al vastgesteld.");
        }
        apply(new MetingVastgesteld(vaststelling.metingId(), vaststelling.gemeente(), vaststelling.besluit().strip(),
                vaststelling.datum(), List.of(vaststelling.gemeente())));
        return new Monitorstand(vaststelling.metingId(), versie());
    }

    @EventSourcingHandler
    void on(NormenkaderVastgesteld vastgesteld) {
        id = MonitorId.DE_MONITOR;
        normenkaders.put(vastgesteld.jaar(), vastgesteld.normen());
    }

    @EventSourcingHandler
    void on(MetingGedaan gedaan) {
        id = MonitorId.DE_MONITOR;
        Meting meting = new Meting(gedaan.peildatum(), Set.copyOf(gedaan.grootboek().keySet()), new HashSet<>());
        metingen.put(gedaan.metingId(), meting);
        gebruikteNormenkaders.add(gedaan.normenkader());
        if (gedaan.soort() == Metingsoort.NULMETING) {
            nulmeting = meting;
        }
    }

    @EventSourcingHandler
    void on(MetingVastgesteld vastgesteld) {
        metingen.get(vastgesteld.metingId()).vastgesteldDoor().add(vastgesteld.gemeente());
    }

    /** The number of events of the monitor right after the command. */
    private static long versie() {
        return AggregateLifecycle.getVersion() + 1;
    }
}
