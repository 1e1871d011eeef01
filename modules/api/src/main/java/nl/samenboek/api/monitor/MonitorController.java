package nl.samenboek.api.monitor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Paginering;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.monitor.MonitorWeergaven.HerberekeningWeergave;
import nl.samenboek.api.monitor.MonitorWeergaven.IndicatorWeergave;
import nl.samenboek.api.monitor.MonitorWeergaven.MetingWeergave;
import nl.samenboek.api.monitor.MonitorWeergaven.NormenkaderWeergave;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.Monitorstand;
import nl.samenboek.messages.monitor.NeemMetingOp;
import nl.samenboek.messages.monitor.Normenkader;
import nl.samenboek.messages.monitor.StelMetingVast;
import nl.samenboek.messages.monitor.StelNormenkaderVast;
import nl.samenboek.projections.monitor.MonitorDocument;
import nl.samenboek.projections.monitor.Monitoren;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The monitor (docs/monitor.md): the 3K+S indicators, the bestuur's normenkaders, the directie's nulmeting and
 * metingen with the raden's vaststellingen, and the recomputation of a meting from its own grootboek heads.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "monitor", description = "Normenkader, nulmeting, metingen en evaluaties (3K+S)")
public class MonitorController {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Monitoren monitoren;

    public MonitorController(Toegang toegang, Schrijfpad schrijfpad, Monitoren monitoren) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.monitoren = monitoren;
    }

    public record NormVerzoek(BigDecimal norm) {
    }

    /** @param indicatoren per indicator code its norm */
    public record NormenkaderVerzoek(Map<String, NormVerzoek> indicatoren) {
    }

    /** @param normenkader the jaar of the normenkader the meting is judged by */
    public record MetingVerzoek(Metingsoort soort, LocalDate peildatum, Integer normenkader, String omschrijving) {
    }

    public record VaststellingVerzoek(String besluit, LocalDate datum) {
    }

    @GetMapping("/indicatoren")
    @Operation(summary = "De indicatoren van de monitor", description = "Kosten, kwaliteit, kwetsbaarheid en strategische positie "
            + "(3K+S), elk met eenheid, richting, formule en bron; alle berekend uit het grootboek (docs/monitor.md).")
    public List<IndicatorWeergave> indicatoren() {
        toegang.vereis(Handeling.INDICATOREN_LEZEN);
        return Arrays.stream(Indicator.values()).map(IndicatorWeergave::van).toList();
    }

    @PutMapping("/normenkaders/{jaar}")
    @Operation(summary = "Het normenkader van een jaar vaststellen", description = "Door het bestuur (nota, aanbeveling C: een "
            + "normenkader dat bij de start vastligt): per indicator een norm; de richting is die van de indicator. Hetzelfde "
            + "normenkader nogmaals geeft 200 zonder nieuwe gebeurtenis; een wijziging nadat een meting ernaar verwijst is een conflict (409).")
    public NormenkaderWeergave stelNormenkaderVast(@PathVariable String jaar, @RequestBody(required = false) NormenkaderVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.NORMENKADER_VASTSTELLEN);
        Map<String, BigDecimal> normen = null;
        if (verzoek != null && verzoek.indicatoren() != null) {
            normen = new HashMap<>();
            for (Map.Entry<String, NormVerzoek> e : verzoek.indicatoren().entrySet()) {
                normen.put(e.getKey(), e.getValue() == null ? null : e.getValue().norm());
            }
        }
        int j = Verzoekparameters.jaar("jaar", jaar);
        Normenkader kader = schrijfpad.voerUit(new StelNormenkaderVast(j, normen), null, gebruiker, Normenkader.class);
        return monitoren.normenkader(kader.jaar(), null).map(NormenkaderWeergave::van)
                .orElseThrow(() -> new IllegalStateException("normenkader " + j + " is na vaststelling niet leesbaar"));
    }

    @GetMapping("/normenkaders")
    @Operation(summary = "De normenkaders", description = "Per jaar, zoals bekend op bekendOp.")
    public List<NormenkaderWeergave> normenkaders(@RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.NORMENKADERS_LEZEN);
        return monitoren.normenkaders(bekendOp(bekendOp)).stream().map(NormenkaderWeergave::van).toList();
    }

    @GetMapping("/normenkaders/{jaar}")
    @Operation(summary = "Het normenkader van een jaar")
    public NormenkaderWeergave normenkader(@PathVariable String jaar, @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.NORMENKADER_LEZEN);
        int j = Verzoekparameters.jaar("jaar", jaar);
        return monitoren.normenkader(j, bekendOp(bekendOp)).map(NormenkaderWeergave::van)
                .orElseThrow(() -> new NietGevonden("Er is geen normenkader voor " + j + "."));
    }

    @PostMapping("/metingen")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een nulmeting of meting doen", description = "Door de directie: bevriest de indicatoren op de peildatum "
            + "(een dag vóór vandaag), berekend uit het grootboek zoals het nu is, met de kop (aantal, hoofdHash) van het grootboek "
            + "van elke gemeente, zodat iedereen de meting kan naberekenen (GET /metingen/{id}/herberekening). Eén nulmeting per "
            + "samenwerking; latere metingen vergelijken ermee.")
    public ResponseEntity<MetingWeergave> doeMeting(@RequestBody(required = false) MetingVerzoek verzoek, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.METING_DOEN);
        Monitoren.Opname opname = rekenbaar(verzoek.peildatum()) ? monitoren.neemOp(verzoek.peildatum())
                : new Monitoren.Opname(Instant.now(), Map.of(), Map.of());
        Monitorstand stand = schrijfpad.voerUit(new NeemMetingOp(UUID.randomUUID().toString(), verzoek.soort(), verzoek.peildatum(),
                        verzoek.normenkader(), verzoek.omschrijving(), opname.bekendOp(), opname.grootboek(), opname.indicatoren()),
                schrijf.idempotentie(gebruiker, "POST", "/metingen", verzoek), gebruiker, Monitorstand.class);
        MetingWeergave meting = leesMeting(stand.metingId(), Peilmoment.nu());
        return ResponseEntity.created(URI.create(MonitorWeergaven.METINGEN + "/" + meting.id())).body(meting);
    }

    /** Only a peildatum in the years samenboek knows is worth computing; the monitor names every other mistake. */
    private static boolean rekenbaar(LocalDate peildatum) {
        return peildatum != null && peildatum.getYear() >= Invoerregels.EERSTE_JAAR && peildatum.getYear() <= Invoerregels.LAATSTE_JAAR;
    }

    @GetMapping("/metingen")
    @Operation(summary = "De nulmeting en de metingen", description = "Oudste peildatum eerst, gepagineerd; met peildatum en "
            + "bekendOp zoals toen bekend.")
    public Paginering<MetingWeergave> metingen(@RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "20") int paginagrootte,
                                               @RequestParam(required = false) String peildatum,
                                               @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.METINGEN_LEZEN);
        Verzoekparameters.pagina(pagina, paginagrootte);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        List<MonitorDocument.Meting> alle = monitoren.metingen(peilmoment);
        int van = Paginering.begin(pagina, paginagrootte, alle.size());
        return Paginering.van("metingen", alle.subList(van, Math.min(alle.size(), van + paginagrootte)).stream()
                        .map(m -> MetingWeergave.van(m, peilmoment)).toList(), alle.size(), pagina, paginagrootte,
                UriComponentsBuilder.fromPath(MonitorWeergaven.METINGEN)
                        .queryParamIfPresent("peildatum", Optional.ofNullable(peildatum))
                        .queryParamIfPresent("bekendOp", Optional.ofNullable(bekendOp)));
    }

    @GetMapping("/metingen/{id}")
    @Operation(summary = "Eén meting", description = "Met per gemeente of haar raad de meting heeft vastgesteld.")
    public MetingWeergave meting(@PathVariable String id, @RequestParam(required = false) String peildatum,
                                 @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.METING_LEZEN);
        return leesMeting(id, Verzoekparameters.peilmoment(peildatum, bekendOp));
    }

    @GetMapping("/metingen/{id}/herberekening")
    @Operation(summary = "Een meting naberekenen", description = "Berekent de indicatoren opnieuw uit het grootboek zoals het "
            + "op het bekendOp-moment van de meting was, met de koppen van toen, en zegt of alles gelijk is aan de bevroren meting.")
    public HerberekeningWeergave herberekening(@PathVariable String id) {
        toegang.vereis(Handeling.METING_HERBEREKENEN);
        MonitorDocument.Meting meting = monitoren.meting(id, Peilmoment.nu()).orElseThrow(() -> new NietGevonden("Er is geen meting " + id + "."));
        Monitoren.Opname opnieuw = monitoren.herbereken(meting);
        List<String> verschillen = new ArrayList<>();
        meting.grootboek().forEach((g, kop) -> {
            if (!kop.equals(opnieuw.grootboek().get(g))) {
                verschillen.add("grootboek." + g);
            }
        });
        meting.indicatoren().forEach((code, waarde) -> {
            if (!Objects.equals(waarde, opnieuw.indicatoren().get(code))) {
                verschillen.add("indicatoren." + code);
            }
        });
        return new HerberekeningWeergave(meting.id(), meting.peildatum(), meting.bekendOp(), opnieuw.grootboek(),
                MonitorWeergaven.Waarde.van(opnieuw.indicatoren()), verschillen.isEmpty(), verschillen);
    }

    @PostMapping("/metingen/{id}/vaststellingen")
    @Operation(summary = "Een meting vaststellen", description = "Door de raad van een gemeente, voor die gemeente: de meting is "
            + "dan de door de raad goedgekeurde basis (de BAR-rekenkamer: SMART afspraken vragen een door de raad vastgestelde "
            + "nulmeting). Eenmaal per raad per meting.")
    public MetingWeergave stelMetingVast(@PathVariable String id, @RequestBody(required = false) VaststellingVerzoek verzoek,
                                         Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.METING_VASTSTELLEN);
        schrijfpad.voerUit(new StelMetingVast(id, gebruiker.gemeente(), verzoek.besluit(), verzoek.datum()),
                schrijf.idempotentie(gebruiker, "POST", "/metingen/" + id + "/vaststellingen", verzoek), gebruiker, Monitorstand.class);
        return leesMeting(id, Peilmoment.nu());
    }

    private MetingWeergave leesMeting(String id, Peilmoment peilmoment) {
        return monitoren.meting(id, peilmoment).map(m -> MetingWeergave.van(m, peilmoment))
                .orElseThrow(() -> new NietGevonden("Er is geen meting " + id + (peilmoment.isNu() ? "." : " op dit peilmoment.")));
    }

    private static Instant bekendOp(String bekendOp) {
        return Verzoekparameters.peilmoment(null, bekendOp).bekendOp();
    }
}
