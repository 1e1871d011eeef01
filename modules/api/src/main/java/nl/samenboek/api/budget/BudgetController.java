package nl.samenboek.api.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.messages.budget.Budget;
import nl.samenboek.messages.budget.StelBudgetVast;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.gemeente.Gemeenten;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Map;

/** The gemeenten's bijdragen to the werkorganisatie, per jaar (beheerder; docs/pc-documenten.md, budget). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "budgetten", description = "Bijdragen van de gemeenten aan de werkorganisatie, met hun budgetlijnen")
public class BudgetController {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Gemeenten gemeenten;

    public BudgetController(Toegang toegang, Schrijfpad schrijfpad, Gemeenten gemeenten) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.gemeenten = gemeenten;
    }

    /**
     * @param bijdrage     euro, 0 or more, in cents
     * @param budgetlijnen per line (a lower-case code) its fraction of the bijdrage, together exactly 1; leave out for none
     */
    public record BudgetVerzoek(BigDecimal bijdrage,
                                @Schema(description = "Per budgetlijn (een code in kleine letters, bijvoorbeeld standaardpakket, "
                                        + "klussen of reserve) haar deel van de bijdrage als breuk; samen precies 1")
                                Map<String, BigDecimal> budgetlijnen) {
    }

    @PutMapping("/budgetten/{gemeente}/{jaar}")
    @Operation(summary = "De bijdrage van een gemeente voor een jaar vaststellen", description = "Door de beheerder: de bijdrage in "
            + "euro en eventueel budgetlijnen als breuken die samen 1 zijn (BUCH: standaardpakket 0,8, klussen 0,1, reserve 0,1). "
            + "Standaardwerk telt op de lijn standaardpakket, maatwerk op klussen en een crisis op reserve, voor zover die lijnen er "
            + "zijn; de P&C-documenten zetten de bijdrage tegen de kosten. Hetzelfde budget nogmaals verandert niets.")
    public Budget stelBudgetVast(@PathVariable String gemeente, @PathVariable String jaar, @RequestBody(required = false) BudgetVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.BUDGET_VASTSTELLEN);
        if (!gemeenten.isBekend(gemeente)) {
            throw new NietGevonden("Er is geen gemeente '" + gemeente + "' in deze samenwerking.");
        }
        return schrijfpad.voerUit(new StelBudgetVast(gemeente, Verzoekparameters.jaar("jaar", jaar), verzoek.bijdrage(),
                verzoek.budgetlijnen()), null, gebruiker, Budget.class);
    }
}
