package nl.samenboek.api.signaal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Paginering;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.projections.signaal.Signaal;
import nl.samenboek.projections.signaal.Signalen;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;

/** Every early warning in one place (docs/signalen.md): for the bestuur to choose, for colleges and raden to see. */
@RestController
@RequestMapping("/api/v1/signalen")
@Tag(name = "signalen", description = "Vroegsignalen: uren, oplevering, knelpunten, capaciteit, verdeelsleutel, maatwerk, agenda")
public class SignaalController {

    private final Toegang toegang;
    private final Signalen signalen;

    public SignaalController(Toegang toegang, Signalen signalen) {
        this.toegang = toegang;
        this.signalen = signalen;
    }

    @GetMapping
    @Operation(summary = "Signalen", description = "Gepagineerd, ernstigste eerst, voor het jaar van de peildatum. Een college of "
            + "raad ziet de signalen van de eigen gemeente en die van teams en de uitvoeringsagenda, met aantallen en uren, maar "
            + "zonder titels of ids van opdrachten die de eigen gemeente niet betreffen.")
    public Paginering<Signaal> zoek(@Parameter(description = "alleen wat deze gemeente betreft (en teams en agenda)")
                                    @RequestParam(required = false) String gemeente,
                                    @RequestParam(defaultValue = "1") int pagina,
                                    @RequestParam(defaultValue = "20") int paginagrootte,
                                    @Parameter(description = "JJJJ-MM-DD: de stand aan het eind van die dag") @RequestParam(required = false) String peildatum,
                                    @Parameter(description = "ISO-8601-tijdstip: alleen wat het grootboek toen had vastgelegd") @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.SIGNALEN_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        Verzoekparameters.pagina(pagina, paginagrootte);
        String betreft = toegang.gemeentefilter(gebruiker, gemeente);
        List<Signaal> gevonden = signalen.alle(peilmoment).stream()
                .filter(s -> betreft == null || s.betreft(betreft))
                .map(s -> gebruiker.rol().isPerGemeente() ? s.zichtbaarVoor(gebruiker.gemeente()) : s)
                .toList();
        int van = Paginering.begin(pagina, paginagrootte, gevonden.size());
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath("/api/v1/signalen")
                .queryParamIfPresent("gemeente", Optional.ofNullable(gemeente))
                .queryParamIfPresent("peildatum", Optional.ofNullable(peildatum))
                .queryParamIfPresent("bekendOp", Optional.ofNullable(bekendOp));
        return Paginering.van("signalen", gevonden.subList(van, Math.min(gevonden.size(), van + paginagrootte)), gevonden.size(),
                pagina, paginagrootte, basis);
    }
}
