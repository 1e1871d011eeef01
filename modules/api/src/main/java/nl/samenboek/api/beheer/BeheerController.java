package nl.samenboek.api.beheer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.audit.AuditController;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.ledger.overdracht.Grootboekimport;
import nl.samenboek.ledger.overdracht.Importherkomst;
import nl.samenboek.projections.verwerking.Herbouw;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

/** Operations for the beheerder. */
@RestController
@RequestMapping("/api/v1/beheer")
@Tag(name = "beheer", description = "Beheer van de instantie")
public class BeheerController {

    private final Toegang toegang;
    private final Herbouw herbouw;
    private final Grootboekimport importeur;
    private final Projectiewachter wachter;

    public BeheerController(Toegang toegang, Herbouw herbouw, Grootboekimport importeur, Projectiewachter wachter) {
        this.toegang = toegang;
        this.herbouw = herbouw;
        this.importeur = importeur;
        this.wachter = wachter;
    }

    @PostMapping("/herbouwingen")
    @Operation(summary = "Alle leesmodellen herbouwen", description = "Door de beheerder: elke projectie wordt geleegd en opnieuw "
            + "opgebouwd uit de event store; het antwoord komt als ze weer bij zijn. De antwoorden zijn daarna gelijk aan die ervoor.")
    public Herbouw.Uitkomst herbouw(@RequestBody(required = false) Map<String, Object> leeg) {
        toegang.vereis(Handeling.PROJECTIES_HERBOUWEN);
        return herbouw.herbouw(Duration.ofMinutes(30));
    }

    @PostMapping(value = "/importen", consumes = AuditController.NDJSON)
    @Operation(summary = "Het geëxporteerde grootboek van een gemeente importeren", description = "Door de beheerder, alleen "
            + "in een nieuwe instantie zonder gebeurtenissen (gestart met SAMENBOEK_STARTGEGEVENS=uit), voor ontvlechting: het "
            + "lichaam is een export van /audit/gemeenten/{gemeente}/export. Elke regel wordt geverifieerd; de gebeurtenissen "
            + "worden met hun oorspronkelijke id, versie en tijdstip opgeslagen, en het grootboek van de gemeente moet daarna "
            + "dezelfde lengte en kop hebben als het bestand. Kop " + Importherkomst.KOP + " (verplicht): base64url van "
            + "{\"controlepunt\": …, \"sleutel\": …}, een controlepunt dat de exporterende instantie binnen het bestand "
            + "ondertekende en haar publieke sleutel (JWK); de handtekening en de keten door het controlepunt worden "
            + "gecontroleerd en beide bewaard als herkomst. Alles of niets. Het antwoord komt als de leesmodellen bij zijn.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = AuditController.NDJSON, schema = @Schema(type = "string"))))
    public Grootboekimport.Uitkomst importeer(InputStream export,
                                              @Parameter(in = ParameterIn.HEADER, name = Importherkomst.KOP, required = true,
                                                      description = "base64url van {\"controlepunt\": …, \"sleutel\": …}",
                                                      schema = @Schema(type = "string", maxLength = 8000))
                                              @RequestHeader(value = Importherkomst.KOP, required = false) String herkomst) {
        toegang.vereis(Handeling.IMPORTEREN);
        Grootboekimport.Uitkomst uitkomst = importeur.importeer(export, Importherkomst.lees(herkomst));
        wachter.wachtTotBijgewerkt(Duration.ofMinutes(30));
        return uitkomst;
    }
}
