package nl.samenboek.api.bijeenkomst;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Paginering;
import nl.samenboek.api.http.Verzoekparameters;

import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.AnnuleerBijeenkomst;
import nl.samenboek.messages.bijeenkomst.BijeenkomstId;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.LegBijeenkomstVast;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Joint meetings of colleges and councils (nota, aanbevelingen A and E), held or planned, recorded by the bestuur. */
@RestController
@RequestMapping(BijeenkomstController.PAD)
@Tag(name = "uitvoeringsagenda")
public class BijeenkomstController {

    static final String PAD = "/api/v1/bijeenkomsten";

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Aanbevelingen aanbevelingen;

    public BijeenkomstController(Toegang toegang, Schrijfpad schrijfpad, Aanbevelingen aanbevelingen) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.aanbevelingen = aanbevelingen;
    }

    /** @param pcMoment only for a meeting of the raden: the P&C document it belongs to */
    public record BijeenkomstVerzoek(Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten, String onderwerp,
                                     PcMoment pcMoment) {
    }

    public record AnnuleringVerzoek(String reden) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een gezamenlijke bijeenkomst vastleggen", description = "Door het bestuur: een gehouden bijeenkomst, "
            + "of met een datum die nog moet komen een geplande (status gepland tot haar datum). Een gehouden bijeenkomst van alle "
            + "gemeenten van de samenwerking (voltallig) telt mee voor de terugkerende verplichtingen van de aanbevelingen die "
            + "erom vragen (A: colleges, E: raden). Een bijeenkomst van de raden kan een pcMoment hebben.")
    public ResponseEntity<BijeenkomstWeergave> leg(@RequestBody(required = false) BijeenkomstVerzoek verzoek, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.BIJEENKOMST_VASTLEGGEN);
        String id = schrijfpad.voerUit(new LegBijeenkomstVast(BijeenkomstId.nieuw(), verzoek.soort(), verzoek.datum(),
                verzoek.gemeenten(), verzoek.onderwerp(), verzoek.pcMoment()),
                schrijf.idempotentie(gebruiker, "POST", "/bijeenkomsten", verzoek), gebruiker, String.class);
        return ResponseEntity.created(URI.create(PAD + "/" + id)).body(leesNaSchrijven(id));
    }

    @PostMapping("/{id}/annuleringen")
    @Operation(summary = "Een geplande bijeenkomst annuleren", description = "Door het bestuur, met reden, zolang haar dag niet "
            + "voorbij is; zij telt dan nooit mee. Tweemaal annuleren of een gehouden bijeenkomst annuleren: 409.")
    public BijeenkomstWeergave annuleer(@PathVariable String id, @RequestBody(required = false) AnnuleringVerzoek verzoek,
                                        Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.BIJEENKOMST_ANNULEREN);
        if (aanbevelingen.bijeenkomst(id, Peilmoment.nu()).isEmpty()) {
            throw new NietGevonden("Er is geen bijeenkomst " + id + ".");
        }
        schrijfpad.voerUit(new AnnuleerBijeenkomst(BijeenkomstId.van(id), verzoek.reden()),
                schrijf.idempotentie(gebruiker, "POST", "/bijeenkomsten/" + id + "/annuleringen", verzoek), gebruiker, String.class);
        return leesNaSchrijven(id);
    }

    private BijeenkomstWeergave leesNaSchrijven(String id) {
        return aanbevelingen.bijeenkomst(id, Peilmoment.nu()).map(BijeenkomstWeergave::van)
                .orElseThrow(() -> new IllegalStateException("bijeenkomst " + id + " is na vastlegging niet leesbaar"));
    }

    @GetMapping
    @Operation(summary = "Bijeenkomsten", description = "Gehouden, geplande en geannuleerde, nieuwste eerst, gepagineerd.")
    public Paginering<BijeenkomstWeergave> lijst(@RequestParam(defaultValue = "1") int pagina,
                                                 @RequestParam(defaultValue = "20") int paginagrootte,
                                                 @RequestParam(required = false) String peildatum,
                                                 @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.BIJEENKOMSTEN_LEZEN);
        Verzoekparameters.pagina(pagina, paginagrootte);
        List<Aanbevelingen.Bijeenkomststand> alle = aanbevelingen.bijeenkomsten(Verzoekparameters.peilmoment(peildatum, bekendOp));
        int van = Paginering.begin(pagina, paginagrootte, alle.size());
        return Paginering.van("bijeenkomsten", alle.subList(van, Math.min(alle.size(), van + paginagrootte)).stream()
                        .map(BijeenkomstWeergave::van).toList(), alle.size(),
                pagina, paginagrootte, UriComponentsBuilder.fromPath(PAD)
                        .queryParamIfPresent("peildatum", java.util.Optional.ofNullable(peildatum))
                        .queryParamIfPresent("bekendOp", java.util.Optional.ofNullable(bekendOp)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén bijeenkomst", description = "Met peildatum en bekendOp zoals zij toen bekend was: vóór haar datum en "
            + "vóór zij werd vastgelegd (gepland) bestaat zij niet (404).")
    public BijeenkomstWeergave een(@PathVariable String id, @RequestParam(required = false) String peildatum,
                                   @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.BIJEENKOMST_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        return aanbevelingen.bijeenkomst(id, peilmoment).map(BijeenkomstWeergave::van)
                .orElseThrow(() -> new NietGevonden("Er is geen bijeenkomst " + id + (peilmoment.isNu() ? "." : " op dit peilmoment.")));
    }
}
