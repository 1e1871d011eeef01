package nl.samenboek.api.werkplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.messages.formatie.Formatie;
import nl.samenboek.messages.formatie.StelFormatieVast;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.tarief.StelTariefVast;
import nl.samenboek.messages.tarief.Tarief;
import nl.samenboek.messages.werkplan.StelWerkplanVast;
import nl.samenboek.messages.werkplan.Werkplan;
import nl.samenboek.projections.capaciteit.Werkplannen;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Werkplannen and formaties per team per jaar (directie) and afdelingstarieven (beheerder). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "werkplannen", description = "Werkplannen per team per jaar en afdelingstarieven")
public class WerkplanController {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Werkplannen werkplannen;

    public WerkplanController(Toegang toegang, Schrijfpad schrijfpad, Werkplannen werkplannen) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.werkplannen = werkplannen;
    }

    /**
     * @param capaciteit              without it the hours the team's formatie of the jaar makes available
     * @param ontwikkeltijdPercentage without it the nota's 20 %
     */
    public record WerkplanVerzoek(BigDecimal capaciteit, BigDecimal ontwikkeltijdPercentage, Map<String, BigDecimal> gepland) {
    }

    public record TariefVerzoek(BigDecimal tarief) {
    }

    /**
     * @param vacaturesFte without it 0
     * @param inhuurUren   without it 0
     */
    public record FormatieVerzoek(BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren, BigDecimal urenPerFte) {
    }

    @PutMapping("/werkplannen/{team}/{jaar}")
    @Operation(summary = "Het werkplan van een team voor een jaar vaststellen", description = "Door de directie: capaciteit in "
            + "productieve uren, ontwikkeltijd (standaard 20 %, niet planbaar voor opdrachten) en geplande uren per gemeente; de "
            + "rest is vrije ruimte. Zonder capaciteit neemt het werkplan de beschikbare uren van de formatie van het team voor dat "
            + "jaar. Zodra er een werkplan is, weigert een toezegging boven de planbare capaciteit, tenzij de directie expliciet een "
            + "overschrijding aanvaardt.")
    public Werkplan stelVast(@PathVariable String team, @PathVariable String jaar, @RequestBody(required = false) WerkplanVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.WERKPLAN_VASTSTELLEN);
        return schrijfpad.voerUit(new StelWerkplanVast(team, Verzoekparameters.jaar("jaar", jaar), verzoek.capaciteit(),
                verzoek.ontwikkeltijdPercentage(), verzoek.gepland()), null, gebruiker, Werkplan.class);
    }

    @PutMapping("/formatie/{team}/{jaar}")
    @Operation(summary = "De formatie van een team voor een jaar vaststellen", description = "Door de directie: de formatie in fte, "
            + "het deel daarvan dat vacant is, de uren inhuur en de productieve uren per fte. Beschikbare uren = (fte − vacaturesFte) × "
            + "urenPerFte + inhuurUren; capaciteit en P&C-documenten tonen ze naast het werkplan, en een werkplan zonder capaciteit "
            + "neemt ze over. Dezelfde formatie nogmaals verandert niets.")
    public Formatie stelFormatieVast(@PathVariable String team, @PathVariable String jaar,
                                     @RequestBody(required = false) FormatieVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.FORMATIE_VASTSTELLEN);
        return schrijfpad.voerUit(new StelFormatieVast(team, Verzoekparameters.jaar("jaar", jaar), verzoek.fte(), verzoek.vacaturesFte(),
                verzoek.inhuurUren(), verzoek.urenPerFte()), null, gebruiker, Formatie.class);
    }

    @GetMapping("/werkplannen")
    @Operation(summary = "De werkplannen van een jaar")
    public List<WerkplanWeergave> lijst(@RequestParam(required = false) String jaar, @RequestParam(required = false) String peildatum,
                                        @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.WERKPLANNEN_LEZEN);
        return werkplannen.werkplannen(Verzoekparameters.jaar("jaar", jaar), Verzoekparameters.peilmoment(peildatum, bekendOp)).values()
                .stream().map(WerkplanWeergave::van).toList();
    }

    @GetMapping("/werkplannen/{team}/{jaar}")
    @Operation(summary = "Het werkplan van een team voor een jaar")
    public WerkplanWeergave een(@PathVariable String team, @PathVariable String jaar, @RequestParam(required = false) String peildatum,
                                @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.WERKPLAN_LEZEN);
        return werkplannen.werkplan(team, Verzoekparameters.jaar("jaar", jaar), Verzoekparameters.peilmoment(peildatum, bekendOp))
                .map(WerkplanWeergave::van).orElseThrow(() -> new NietGevonden("Team " + team + " heeft voor " + jaar + " geen werkplan."));
    }

    @PutMapping("/tarieven/{team}/{jaar}")
    @Operation(summary = "Het afdelingstarief van een team voor een jaar", description = "Door de beheerder, in euro per uur. "
            + "Kosten = uren × tarief: inzicht, geen factuur (er wordt tussen gemeenten niet gefactureerd).")
    public Tarief stelTariefVast(@PathVariable String team, @PathVariable String jaar, @RequestBody(required = false) TariefVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.TARIEF_VASTSTELLEN);
        return schrijfpad.voerUit(new StelTariefVast(team, Verzoekparameters.jaar("jaar", jaar), verzoek.tarief()), null, gebruiker,
                Tarief.class);
    }

    @GetMapping("/tarieven")
    @Operation(summary = "De afdelingstarieven van een jaar", description = "Per team, euro per uur.")
    public Map<String, BigDecimal> tarieven(@RequestParam(required = false) String jaar, @RequestParam(required = false) String peildatum,
                                            @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.TARIEVEN_LEZEN);
        return werkplannen.tarieven(Verzoekparameters.jaar("jaar", jaar), Verzoekparameters.peilmoment(peildatum, bekendOp));
    }
}
