package nl.samenboek.projections.monitor;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.groeimodel.Jaarstanden;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.pcdocument.Grootboekkoppen;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monitor's questions (docs/monitor.md): the indicators on a peildatum as the ledger knew them at an instant, a
 * meting's figures to freeze, the normenkaders and metingen, and the evaluation dossier of a jaar.
 */
@Component
public class Monitoren {

    /** The first year of the groeimodel (input 2025), where every trend starts. */
    public static final int EERSTE_EVALUATIEJAAR = 2025;
    private static final String NUL_HASH = "0".repeat(64);

    /** A meting's figures, computed as the ledger stood at {@code bekendOp}, with the heads of every gemeente's grootboek then. */
    public record Opname(Instant bekendOp, Map<String, Grootboekstand> grootboek, Map<String, Indicatorwaarde> indicatoren) {
    }

    private final MongoTemplate mongo;
    private final Jaarstanden jaarstanden;
    private final Aanbevelingen aanbevelingen;
    private final Opdrachten opdrachten;
    private final Gemeenten gemeenten;
    private final Grootboekkoppen grootboek;
    private final Projectiewachter wachter;
    private final String samenwerking;

    public Monitoren(MongoTemplate mongo, Jaarstanden jaarstanden, Aanbevelingen aanbevelingen, Opdrachten opdrachten, Gemeenten gemeenten,
                     Grootboekkoppen grootboek, Projectiewachter wachter,
                     @Value("${samenboek.samenwerking.naam}") String samenwerking) {
        this.mongo = mongo;
        this.jaarstanden = jaarstanden;
        this.aanbevelingen = aanbevelingen;
        this.opdrachten = opdrachten;
        this.gemeenten = gemeenten;
        this.grootboek = grootboek;
        this.wachter = wachter;
        this.samenwerking = samenwerking;
    }

    /** The indicators on the peildatum, as the ledger knew them at {@code bekendOp} (null: now), by code. */
    public Map<String, Indicatorwaarde> indicatoren(LocalDate peildatum, Instant bekendOp) {
        Peilmoment peilmoment = new Peilmoment(peildatum, bekendOp);
        Monitorberekening.Invoer invoer = new Monitorberekening.Invoer(peildatum, jaarstanden.stand(peildatum.getYear(), peilmoment),
                jaarstanden.normen(), aanbevelingen.agenda(peilmoment), opdrachten.metAfspraken(peilmoment),
                opdrachten.metOpleverdatum(peilmoment));
        Map<String, Indicatorwaarde> waarden = new TreeMap<>();
        Monitorberekening.bereken(invoer).forEach((indicator, waarde) -> waarden.put(indicator.code(), waarde));
        return waarden;
    }

    /** What a meting on the peildatum freezes: the indicators as the whole ledger stands now, with its heads. */
    public Opname neemOp(LocalDate peildatum) {
        Instant bekendOp = nu();
        return new Opname(bekendOp, koppen(bekendOp), indicatoren(peildatum, bekendOp));
    }

    /** The same figures computed again from the ledger as it stood at the meting's {@code bekendOp}: an auditor's check. */
    public Opname herbereken(MonitorDocument.Meting meting) {
        return new Opname(meting.bekendOp(), koppen(meting.bekendOp()), indicatoren(meting.peildatum(), meting.bekendOp()));
    }

    public Optional<MonitorDocument.Normenkaderversie> normenkader(int jaar, Instant bekendOp) {
        return document().normenkader(jaar, bekendOp);
    }

    /** Every normenkader (its version known at {@code bekendOp}), by jaar. */
    public List<MonitorDocument.Normenkaderversie> normenkaders(Instant bekendOp) {
        Map<Integer, MonitorDocument.Normenkaderversie> per = new TreeMap<>();
        document().getNormenkaders().stream().filter(n -> bekendOp == null || !n.vastgelegdOp().isAfter(bekendOp))
                .forEach(n -> per.put(n.jaar(), n));
        return List.copyOf(per.values());
    }

    public List<MonitorDocument.Meting> metingen(Peilmoment peilmoment) {
        return document().metingen(peilmoment);
    }

    public Optional<MonitorDocument.Meting> meting(String id, Peilmoment peilmoment) {
        return metingen(peilmoment).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The evaluation dossier of the jaar for a gemeente (null: the samenwerking), as the ledger knew it at {@code bekendOp};
     * without it, as the ledger stands now, stating that instant as its bekendOp so the same question gives the same dossier.
     */
    public Evaluatie evaluatie(int jaar, String gemeente, Instant gevraagdBekendOp) {
        Instant bekendOp = gevraagdBekendOp != null ? gevraagdBekendOp : nu();
        LocalDate vandaag = bekendOp.atZone(Peilmoment.ZONE).toLocalDate();
        LocalDate evaluatiedatum = LocalDate.of(jaar, 12, 31);
        Peilmoment bekend = new Peilmoment(null, bekendOp);
        List<MonitorDocument.Meting> metingen = metingen(bekend);
        MonitorDocument.Meting nulmeting = metingen.stream().filter(m -> m.soort() == Metingsoort.NULMETING).findFirst().orElse(null);
        MonitorDocument.Meting meting = metingen.stream().filter(m -> !m.peildatum().isAfter(evaluatiedatum))
                .reduce((eerder, later) -> later).orElse(null);
        Map<String, BigDecimal> normen = meting == null ? Map.of()
                : normenkader(meting.normenkader(), bekendOp).map(MonitorDocument.Normenkaderversie::normen).orElse(Map.of());
        Map<Integer, Map<String, Indicatorwaarde>> trend = trend(jaar, vandaag, bekendOp);

        List<Evaluatie.Indicatorregel> regels = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            BigDecimal nulwaarde = waarde(nulmeting == null ? null : nulmeting.indicatoren().get(indicator.code()), indicator, gemeente);
            BigDecimal waarde = waarde(meting == null ? null : meting.indicatoren().get(indicator.code()), indicator, gemeente);
            BigDecimal norm = normen.get(indicator.code());
            Map<String, BigDecimal> reeks = new LinkedHashMap<>();
            trend.forEach((j, waarden) -> reeks.put(String.valueOf(j), waarde(waarden.get(indicator.code()), indicator, gemeente)));
            regels.add(new Evaluatie.Indicatorregel(indicator.code(), indicator.naam(), indicator.perspectief().code(),
                    indicator.eenheid().code(), nulwaarde, waarde, norm, indicator.richting(), oordeel(indicator, waarde, norm), reeks));
        }
        Map<String, Grootboekstand> koppen = koppen(bekendOp);
        if (gemeente != null) {
            koppen = Map.of(gemeente, koppen.getOrDefault(gemeente, new Grootboekstand(0, NUL_HASH)));
        }
        LocalDate stand = evaluatiedatum.isBefore(vandaag) ? evaluatiedatum : vandaag;
        String naam = gemeente == null ? samenwerking : gemeenten.lijst(bekend).stream().filter(g -> g.code().equals(gemeente))
                .map(Gemeenten.Gemeente::naam).findFirst().orElse(gemeente);
        return new Evaluatie(jaar, gemeente, naam, samenwerking, evaluatiedatum, bekendOp, verwijzing(nulmeting, bekend),
                verwijzing(meting, bekend), meting == null ? null : meting.normenkader(), regels,
                sleutelprojecten(gemeente, new Peilmoment(stand, bekendOp)), new TreeMap<>(koppen));
    }

    /** The verdict: behaald or niet-behaald against the norm in the indicator's richting; geen-norm, geen-waarde otherwise. */
    static String oordeel(Indicator indicator, BigDecimal waarde, BigDecimal norm) {
        if (norm == null) {
            return "geen-norm";
        }
        if (waarde == null) {
            return "geen-waarde";
        }
        return indicator.richting().haalt(waarde, norm) ? "behaald" : "niet-behaald";
    }

    /** Per year from 2025 to the jaar the indicators at 31 December, or on the last day that has ended for the current year. */
    private Map<Integer, Map<String, Indicatorwaarde>> trend(int jaar, LocalDate vandaag, Instant bekendOp) {
        Map<Integer, Map<String, Indicatorwaarde>> trend = new TreeMap<>();
        LocalDate gisteren = vandaag.minusDays(1);
        for (int j = EERSTE_EVALUATIEJAAR; j <= jaar; j++) {
            LocalDate dag = LocalDate.of(j, 12, 31).isBefore(gisteren) ? LocalDate.of(j, 12, 31) : gisteren;
            if (dag.getYear() != j) {
                break;
            }
            trend.put(j, indicatoren(dag, bekendOp));
        }
        return trend;
    }

    private static BigDecimal waarde(Indicatorwaarde waarde, Indicator indicator, String gemeente) {
        if (waarde == null) {
            return null;
        }
        if (gemeente != null && indicator.perGemeente() && waarde.perGemeente() != null) {
            return waarde.perGemeente().get(gemeente);
        }
        return waarde.waarde();
    }

    private static Evaluatie.Metingverwijzing verwijzing(MonitorDocument.Meting meting, Peilmoment bekend) {
        if (meting == null) {
            return null;
        }
        Map<String, Evaluatie.Raadsvaststelling> vaststellingen = new TreeMap<>();
        meting.grootboek().keySet().forEach(g -> vaststellingen.put(g, null));
        meting.vaststellingen(bekend).forEach(v -> vaststellingen.put(v.gemeente(), new Evaluatie.Raadsvaststelling(v.besluit(), v.datum())));
        return new Evaluatie.Metingverwijzing(meting.id(), meting.soort(), meting.peildatum(), meting.normenkader(), meting.omschrijving(),
                vaststellingen);
    }

    private List<Evaluatie.Sleutelprojectregel> sleutelprojecten(String gemeente, Peilmoment peilmoment) {
        return opdrachten.sleutelprojecten(peilmoment).stream().filter(o -> gemeente == null || o.betreft(gemeente))
                .sorted(Comparator.comparing(OpdrachtDocument::getTitel).thenComparing(OpdrachtDocument::getId))
                .map(o -> new Evaluatie.Sleutelprojectregel(o.getId(), o.getTitel(), o.getStatus().code(), o.getGemeenten(),
                        o.getSleutelproject().criteria(), o.getSleutelproject().vastgelegdOp(),
                        o.getAfspraken().stream().filter(OpdrachtDocument.Afspraak::geldt).map(a -> realisatie(a, peilmoment.datum())).toList()))
                .toList();
    }

    private static Evaluatie.Afspraakrealisatie realisatie(OpdrachtDocument.Afspraak afspraak, LocalDate peildatum) {
        OpdrachtDocument.Meting laatste = Monitorberekening.laatsteTot(afspraak, peildatum);
        return new Evaluatie.Afspraakrealisatie(afspraak.id(), afspraak.soort().code(), afspraak.indicator(), afspraak.eenheid(),
                afspraak.streefwaarde(), afspraak.meetmoment(), laatste == null ? null : laatste.waarde(),
                laatste == null ? null : laatste.peildatum(),
                laatste == null ? null : laatste.waarde().compareTo(afspraak.streefwaarde()) >= 0);
    }

    /** The head of every gemeente's grootboek at the instant (64 zeros for one without entries). */
    private Map<String, Grootboekstand> koppen(Instant bekendOp) {
        Map<String, Grootboekstand> koppen = new TreeMap<>();
        gemeenten.lijst(new Peilmoment(null, bekendOp)).forEach(g -> koppen.put(g.code(), grootboek.kopOp(g.code(), bekendOp)
                .map(k -> new Grootboekstand(k.aantal(), k.hoofdHash())).orElse(new Grootboekstand(0, NUL_HASH))));
        return koppen;
    }

    /** The newest instant of the ledger, once every projection has caught up with it. */
    private Instant nu() {
        Instant kop = grootboek.laatsteTijdstip().orElseGet(Instant::now);
        wachter.wachtTotBijgewerkt(Duration.ofSeconds(10));
        return kop;
    }

    private MonitorDocument document() {
        return Optional.ofNullable(mongo.findById(MonitorDocument.ID, MonitorDocument.class)).orElseGet(MonitorDocument::new);
    }
}
