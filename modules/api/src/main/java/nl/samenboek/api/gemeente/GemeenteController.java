package nl.samenboek.api.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.samenwerking.LaatGemeenteToetreden;
import nl.samenboek.messages.samenwerking.LaatGemeenteUittreden;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.gemeente.Gemeenten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
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
                              @Value("${samenboek.samenwerking.id}") String samenwerking) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.gemeenten = gemeenten;
        this.samenwerking = samenwerking;
    }

    public record VerdeelsleutelVerzoek(Map<String, BigDecimal> aandelen) {
    }

    /** @param aandeel its weight in the verdeelsleutel from the ingangsdatum on, as in {@code PUT /verdeelsleutels} */
    public record ToetredingVerzoek(String code, String naam, Integer inwoners, LocalDate ingangsdatum, BigDecimal aandeel) {
    }

    public record UittredingVerzoek(LocalDate datum) {
    }

    @PostMapping("/gemeenten")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een gemeente laten toetreden", description = "Door de beheerder: een gemeente neemt deel vanaf de "
            + "ingangsdatum, en de verdeelsleutel neemt haar vanaf die datum op met dit gewicht (de sleutel die dan geldt, met haar "
            + "aandeel erbij). De ingangsdatum ligt niet vóór die van de laatste verdeelsleutel. De code 'samenwerking' is gereserveerd.")
    public ResponseEntity<Gemeenten.Gemeente> treedToe(@RequestBody(required = false) ToetredingVerzoek verzoek, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.GEMEENTE_TOETREDEN);
        schrijfpad.voerUit(new LaatGemeenteToetreden(SamenwerkingId.van(samenwerking), verzoek.code(), verzoek.naam(),
                verzoek.ingangsdatum(), verzoek.inwoners(), verzoek.aandeel() == null ? BigDecimal.ZERO : verzoek.aandeel()),
                schrijf.idempotentie(gebruiker, "POST", "/gemeenten", verzoek), gebruiker, Void.class);
        Gemeenten.Gemeente gemeente = gemeenten.gemeente(verzoek.code(), Peilmoment.nu())
                .orElseThrow(() -> new IllegalStateException("gemeente " + verzoek.code() + " is na toetreding niet leesbaar"));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + gemeente.code())).body(gemeente);
    }

    @GetMapping("/gemeenten/{code}")
    @Operation(summary = "Eén gemeente", description = "Ook een gemeente die is uitgetreden: haar grootboek blijft te controleren "
            + "en te exporteren.")
    public Gemeenten.Gemeente gemeente(@PathVariable String code, @RequestParam(required = false) String peildatum,
                                       @RequestParam(required = false) String bekendOp) {
        toegang.vereis(Handeling.GEMEENTE_LEZEN);
        return gemeenten.gemeente(code, Verzoekparameters.peilmoment(peildatum, bekendOp))
                .orElseThrow(() -> new NietGevonden("Er is geen gemeente '" + code + "' in deze samenwerking."));
    }

    @PostMapping("/gemeenten/{code}/uittredingen")
    @Operation(summary = "Een gemeente laten uittreden", description = "Door de beheerder (de gemeenschappelijke regeling staat "
            + "uittreden toe), met een datum van vandaag of later: vanaf die dag (inclusief) noemt geen nieuwe opdracht haar (409) en "
            + "laat de verdeelsleutel haar weg. Haar grootboek blijft te controleren en te exporteren.")
    public Gemeenten.Gemeente treedUit(@PathVariable String code, @RequestBody(required = false) UittredingVerzoek verzoek,
                                       Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.GEMEENTE_UITTREDEN);
        schrijfpad.voerUit(new LaatGemeenteUittreden(SamenwerkingId.van(samenwerking), code, verzoek.datum()),
                schrijf.idempotentie(gebruiker, "POST", "/gemeenten/" + code + "/uittredingen", verzoek), gebruiker, Void.class);
        return gemeenten.gemeente(code, Peilmoment.nu())
                .orElseThrow(() -> new IllegalStateException("gemeente " + code + " is na uittreding niet leesbaar"));
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
