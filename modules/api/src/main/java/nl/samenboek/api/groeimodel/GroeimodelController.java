package nl.samenboek.api.groeimodel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.groeimodel.Groeimodel;
import nl.samenboek.projections.groeimodel.Jaarstanden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The groeimodel of contracting and the capacity per gemeente and team (docs/groeimodel.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "groeimodel", description = "Contracteren van input (2025) via output (2027) naar outcome (2030); capaciteit per gemeente en team")
public class GroeimodelController {

    private final Toegang toegang;
    private final Jaarstanden jaarstanden;
    private final Gemeenten gemeenten;

    public GroeimodelController(Toegang toegang, Jaarstanden jaarstanden, Gemeenten gemeenten) {
        this.toegang = toegang;
        this.jaarstanden = jaarstanden;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/groeimodel")
    @Operation(summary = "Het groeimodel van een jaar", description = "Hoeveel van de toegezegde uren van dat jaar (toegerekend aan "
            + "de gemeente, of van alle gemeenten samen) is gecontracteerd op input, output en outcome; de aandelen output en "
            + "outcome; de stand tegen de mijlpalen 2025 input, 2027 output en 2030 outcome; de evaluatiemomenten; en dat alles "
            + "per categorie en per team.")
    public Groeimodel groeimodel(@Parameter(description = "gemeentecode; zonder: alle gemeenten samen") @RequestParam(required = false) String gemeente,
                                 @RequestParam(required = false) String jaar,
                                 @RequestParam(required = false) String peildatum,
                                 @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.GROEIMODEL_LEZEN);
        int j = Verzoekparameters.jaar("jaar", jaar);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        if (gemeente != null && !gemeenten.isBekend(gemeente)) {
            throw new NietGevonden("Er is geen gemeente '" + gemeente + "' in deze samenwerking.");
        }
        return jaarstanden.groeimodel(gemeente, j, peilmoment);
    }

    @GetMapping("/capaciteit")
    @Operation(summary = "Capaciteit van een jaar", description = "Per gemeente toegezegde en bestede uren, kosten, aandeel in de uren "
            + "tegen het aandeel in de verdeelsleutel en de afwijking; per team tegen zijn werkplan (ontwikkeltijd, vrije ruimte, "
            + "overschrijdingen); per categorie; standaard tegen maatwerk; en vroegsignalen.")
    public Capaciteit capaciteit(@RequestParam(required = false) String jaar,
                                 @RequestParam(required = false) String peildatum,
                                 @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.CAPACITEIT_LEZEN);
        Capaciteit capaciteit = jaarstanden.capaciteit(Verzoekparameters.jaar("jaar", jaar), Verzoekparameters.peilmoment(peildatum, bekendOp));
        return gebruiker.rol().isPerGemeente() ? capaciteit.zichtbaarVoor(gebruiker.gemeente()) : capaciteit;
    }
}
