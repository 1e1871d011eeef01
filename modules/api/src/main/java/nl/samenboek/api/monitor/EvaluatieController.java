package nl.samenboek.api.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.pcdocument.Documentvorm;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.monitor.Evaluatie;
import nl.samenboek.projections.monitor.Monitoren;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation dossier of a jaar (nota HLT Samen Verder: the evaluations of 2028 and 2030; docs/monitor.md), for a
 * gemeente or the samenwerking.
 */
@RestController
@Tag(name = "monitor")
public class EvaluatieController {

    private static final int LAATSTE_JAAR = 2040;

    private final Toegang toegang;
    private final Gemeenten gemeenten;
    private final Monitoren monitoren;

    private final ObjectMapper json;
    private final String samenwerking;

    /** @param samenwerking the samenwerking's code, in the documents' file names */
    public EvaluatieController(Toegang toegang, Gemeenten gemeenten, Monitoren monitoren, ObjectMapper json,
                               @Value("${samenboek.samenwerking.id}") String samenwerking) {
        this.toegang = toegang;
        this.gemeenten = gemeenten;
        this.monitoren = monitoren;
        this.json = json;
        this.samenwerking = samenwerking;
    }

    @GetMapping("/api/v1/evaluaties/{jaar}")
    @ApiResponse(responseCode = "200", description = "Het dossier", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Evaluatie.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "Het evaluatiedossier van een jaar", description = "Voor elk jaar 2025–2040 (de momenten van de nota zijn "
            + "2028 en 2030); evaluatiedatum 31 december van dat jaar, of voor een jaar dat nog loopt de laatste meting tot nu. Per "
            + "indicator de nulmeting, de laatste meting op of vóór de evaluatiedatum, de norm en het oordeel, en de trend per jaar "
            + "vanaf 2025; elk sleutelproject met zijn criteria en de realisatie van zijn afspraken. Een college of raad ziet het "
            + "dossier van de eigen gemeente. Met Accept kiest u JSON, text/csv, text/html of application/pdf (PDF/UA-1 "
            + "en PDF/A-2a), elk met dezelfde cijfers. Met bekendOp (het moment dat het dossier noemt) geeft dezelfde vraag hetzelfde dossier.")
    public ResponseEntity<byte[]> evaluatie(@PathVariable String jaar, @RequestParam(required = false) String gemeente,
                                            @RequestParam(required = false) String bekendOp,
                                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Gebruiker gebruiker = toegang.vereis(Handeling.EVALUATIE_LEZEN);
        int j = Verzoekparameters.jaar("jaar", jaar);
        if (j < Monitoren.EERSTE_EVALUATIEJAAR || j > LAATSTE_JAAR) {
            throw new OngeldigeInvoer("jaar", "moet tussen " + Monitoren.EERSTE_EVALUATIEJAAR + " en " + LAATSTE_JAAR + " liggen");
        }
        String voor = toegang.gemeentefilter(gebruiker, gemeente);
        if (voor != null && !gemeenten.isBekend(voor)) {
            throw new NietGevonden("Er is geen gemeente '" + voor + "' in deze samenwerking.");
        }
        MediaType vorm = Documentvorm.kies(accept);
        Evaluatie dossier = monitoren.evaluatie(j, voor, Verzoekparameters.peilmoment(null, bekendOp).bekendOp());
        return Documentvorm.antwoord(vorm, Evaluatiedocument.bestandsnaam(samenwerking, dossier), dossier, new Evaluatiedocument(dossier),
                json);
    }
}
