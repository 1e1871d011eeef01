package nl.samenboek.api.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.gemeente.Gemeenten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The gemeenten of the samenwerking and the verdeelsleutel with its history (docs/api.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "gemeenten", description = "Deelnemende gemeenten en de verdeelsleutel")
public class GemeenteController {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Gemeenten gemeenten;
    private final String samenwerking;

    public GemeenteController(Toegang toegang, Schrijfpad schrijfpad, Gemeenten gemeenten,
                              @Value("${samenboek.samenwerking.id:hltsamen}") String samenwerking) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.gemeenten = gemeenten;
        this.samenwerking = samenwerking;
    }

    public record VerdeelsleutelVerzoek(Map<String, BigDecimal> aandelen) {
    }

    @GetMapping("/gemeenten")
    @Operation(summary = "De deelnemende gemeenten", description = "Met hun aandeel in de verdeelsleutel die op de peildatum geldt, als breuk.")
    public List<Gemeenten.Gemeente> gemeenten(@RequestParam(required = false) String peildatum,
                                              @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.GEMEENTEN_LEZEN);
        return gemeenten.lijst(Verzoekparameters.peilmoment(peildatum, bekendOp));
    }

    @GetMapping("/verdeelsleutels")
    @Operation(summary = "Alle verdeelsleutels", description = "Elke sleutel met de datum waarop hij ingaat; de sleutel die op een datum geldt is de laatste die dan is ingegaan.")
    public List<Verdeelsleutel> verdeelsleutels(@RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.VERDEELSLEUTELS_LEZEN);
        return gemeenten.verdeelsleutels(Verzoekparameters.peilmoment(null, bekendOp));
    }

    @PutMapping("/verdeelsleutels/{ingangsdatum}")
    @Operation(summary = "Een verdeelsleutel vaststellen", description = "Door de beheerder: de aandelen per gemeente vanaf "
            + "de ingangsdatum. Eerdere sleutels blijven gelden voor de tijd ervoor. Dezelfde sleutel nog eens vastleggen verandert niets.")
    public Verdeelsleutel stelVast(@PathVariable String ingangsdatum, @RequestBody(required = false) VerdeelsleutelVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(Handeling.VERDEELSLEUTEL_VASTSTELLEN);
        LocalDate datum;
        try {
            datum = LocalDate.parse(ingangsdatum);
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoer("ingangsdatum", "verwacht een datum als JJJJ-MM-DD");
        }
        return schrijfpad.voerUit(new StelVerdeelsleutelVast(SamenwerkingId.van(samenwerking), datum, verzoek.aandelen()), null, gebruiker,
                Verdeelsleutel.class);
    }
}
