package nl.samenboek.api.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.api.http.Link;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.Richting;
import nl.samenboek.projections.monitor.MonitorDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The monitor's answers (docs/monitor.md): indicators, normenkaders, metingen and their recomputation. */
public final class MonitorWeergaven {

    static final String METINGEN = "/api/v1/metingen";

    private MonitorWeergaven() {
    }

    /** @param perGemeente whether the indicator also has a value per gemeente */
    record IndicatorWeergave(String code, String naam, Indicator.Perspectief perspectief, Indicator.Eenheid eenheid, Richting richting,
                             boolean perGemeente, String formule, String bron) {

        static IndicatorWeergave van(Indicator i) {
            return new IndicatorWeergave(i.code(), i.naam(), i.perspectief(), i.eenheid(), i.richting(), i.perGemeente(), i.formule(),
                    i.bron());
        }
    }

    record Norm(BigDecimal norm, String naam, Indicator.Eenheid eenheid, Richting richting) {
    }

    record NormenkaderWeergave(int jaar, Map<String, Norm> indicatoren, Instant vastgelegdOp) {

        static NormenkaderWeergave van(MonitorDocument.Normenkaderversie n) {
            Map<String, Norm> normen = new TreeMap<>();
            n.normen().forEach((code, norm) -> {
                Indicator i = Code.van(Indicator.class, code);
                normen.put(code, new Norm(norm, i.naam(), i.eenheid(), i.richting()));
            });
            return new NormenkaderWeergave(n.jaar(), normen, n.vastgelegdOp());
        }
    }

    /**
     * @param waarde      null when there was nothing to count
     * @param perGemeente absent for an indicator of the werkorganisatie as a whole; a gemeente that had nothing to count
     *                    is left out
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Waarde(String naam, Indicator.Eenheid eenheid,
                  @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) BigDecimal waarde,
                  @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
                  Map<String, BigDecimal> perGemeente) {

        static Map<String, Waarde> van(Map<String, Indicatorwaarde> waarden) {
            Map<String, Waarde> per = new LinkedHashMap<>();
            for (Indicator i : Indicator.values()) {
                Indicatorwaarde w = waarden.get(i.code());
                if (w != null) {
                    per.put(i.code(), new Waarde(i.naam(), i.eenheid(), w.waarde(), w.perGemeente()));
                }
            }
            return per;
        }
    }

    record Vaststelling(String besluit, LocalDate datum, Instant vastgelegdOp) {
    }

    /**
     * @param bekendOp       the instant of the ledger the figures were computed from, with {@code grootboek} its heads
     * @param vaststellingen per gemeente of the meting the raad's vaststelling, or null while there is none
     */
    public record MetingWeergave(String id, Metingsoort soort, LocalDate peildatum, int normenkader, String omschrijving, Instant bekendOp,
                          Instant vastgelegdOp, Map<String, Grootboekstand> grootboek, Map<String, Waarde> indicatoren,
                          Map<String, Vaststelling> vaststellingen, @JsonProperty("_links") Map<String, Link> links) {

        static MetingWeergave van(MonitorDocument.Meting m, Peilmoment peilmoment) {
            Map<String, Vaststelling> vaststellingen = new TreeMap<>();
            m.grootboek().keySet().forEach(g -> vaststellingen.put(g, null));
            m.vaststellingen(peilmoment).forEach(v -> vaststellingen.put(v.gemeente(), new Vaststelling(v.besluit(), v.datum(), v.vastgelegdOp())));
            Map<String, Link> links = new LinkedHashMap<>();
            links.put("self", new Link(METINGEN + "/" + m.id()));
            links.put("herberekening", new Link(METINGEN + "/" + m.id() + "/herberekening"));
            return new MetingWeergave(m.id(), m.soort(), m.peildatum(), m.normenkader(), m.omschrijving(), m.bekendOp(), m.vastgelegdOp(),
                    m.grootboek(), Waarde.van(m.indicatoren()), vaststellingen, links);
        }
    }

    /**
     * A meting computed again from the ledger as it stood at its {@code bekendOp}.
     *
     * @param gelijk      whether the heads and every indicator equal the frozen ones
     * @param verschillen what differs (empty when gelijk)
     */
    record HerberekeningWeergave(String id, LocalDate peildatum, Instant bekendOp, Map<String, Grootboekstand> grootboek,
                                 Map<String, Waarde> indicatoren, boolean gelijk, List<String> verschillen) {
    }
}
