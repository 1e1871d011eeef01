package nl.samenboek.projections.monitor;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.monitor.MetingGedaan;
import nl.samenboek.messages.monitor.MetingVastgesteld;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.MonitorGebeurtenis;
import nl.samenboek.messages.monitor.NormenkaderVastgesteld;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monitor as one read model (docs/monitor.md): every normenkader as it was set (each version with the instant it
 * was recorded), every meting with its frozen figures and the raden's vaststellingen, so that each can be answered for
 * any bekendOp.
 */
@Document("monitor")
public class MonitorDocument {

    public static final String ID = "monitor";

    @Id
    private String id = ID;
    private long versie;
    private List<Normenkaderversie> normenkaders = new ArrayList<>();
    private List<Meting> metingen = new ArrayList<>();

    public record Normenkaderversie(int jaar, Map<String, BigDecimal> normen, Instant vastgelegdOp) {
    }

    public record Vaststelling(String gemeente, String besluit, LocalDate datum, Instant vastgelegdOp) {
    }

    /** @param bekendOp the instant of the ledger the figures were computed from; {@code vastgelegdOp} when it was frozen */
    public record Meting(String id, Metingsoort soort, LocalDate peildatum, int normenkader, String omschrijving, Instant bekendOp,
                         Map<String, Grootboekstand> grootboek, Map<String, Indicatorwaarde> indicatoren, Instant vastgelegdOp,
                         List<Vaststelling> vaststellingen) {

        /** The raden's vaststellingen that count at the peilmoment. */
        public List<Vaststelling> vaststellingen(Peilmoment peilmoment) {
            return vaststellingen.stream().filter(v -> peilmoment.telt(v.vastgelegdOp(), v.datum())).toList();
        }
    }

    /** Applies an event of the monitor; false for one already applied. */
    public boolean verwerk(MonitorGebeurtenis gebeurtenis, long versie, Instant tijdstip) {
        if (versie <= this.versie) {
            return false;
        }
        if (gebeurtenis instanceof NormenkaderVastgesteld e) {
            normenkaders.add(new Normenkaderversie(e.jaar(), e.normen(), tijdstip));
        } else if (gebeurtenis instanceof MetingGedaan e) {
            metingen.add(new Meting(e.metingId(), e.soort(), e.peildatum(), e.normenkader(), e.omschrijving(), e.bekendOp(), e.grootboek(),
                    e.indicatoren(), tijdstip, new ArrayList<>()));
        } else if (gebeurtenis instanceof MetingVastgesteld e) {
            metingen.stream().filter(m -> m.id().equals(e.metingId())).findFirst()
                    .ifPresent(m -> m.vaststellingen().add(new Vaststelling(e.gemeente(), e.besluit(), e.datum(), tijdstip)));
        }
        this.versie = versie;
        return true;
    }

    /** The normenkader of the jaar as the ledger knew it at {@code bekendOp} (null: now). */
    public Optional<Normenkaderversie> normenkader(int jaar, Instant bekendOp) {
        return normenkaders.stream().filter(n -> n.jaar() == jaar && (bekendOp == null || !n.vastgelegdOp().isAfter(bekendOp)))
                .reduce((eerder, later) -> later);
    }

    /** The metingen that count at the peilmoment (recorded by its bekendOp, about a day not after its peildatum), oldest first. */
    public List<Meting> metingen(Peilmoment peilmoment) {
        return metingen.stream().filter(m -> peilmoment.telt(m.vastgelegdOp(), m.peildatum()))
                .sorted(Comparator.comparing(Meting::peildatum).thenComparing(Meting::vastgelegdOp)).toList();
    }

    public String getId() {
        return id;
    }

    public long getVersie() {
        return versie;
    }

    public List<Normenkaderversie> getNormenkaders() {
        return normenkaders;
    }

    public List<Meting> getMetingen() {
        return metingen;
    }
}
