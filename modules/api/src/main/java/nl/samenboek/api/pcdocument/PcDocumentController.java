package nl.samenboek.api.pcdocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.fout.Probleem;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.pcdocument.Documentsoort;
import nl.samenboek.projections.pcdocument.PcDocument;
import nl.samenboek.projections.pcdocument.PcDocumenten;
import nl.samenboek.projections.pcdocument.Samenwerkingsdocument;
import nl.samenboek.projections.pcdocument.Samenwerkingsdocumentsoort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The samenwerking's paragraph of a gemeente's P&C documents, and the werkorganisatie's own documents (docs/pc-documenten.md):
 * JSON for software, CSV for Dutch Excel, HTML to read and PDF to print, all from the same document and so with the same
 * figures. {@code /pc-documenten/samenwerking/…} is a path of its own, which Spring prefers to the one with a
 * {@code {gemeente}}: {@code samenwerking} is no gemeente's code.
 */
@RestController
@Tag(name = "pc-documenten", description = "Begroting, voorjaarsnota, najaarsnota en jaarrekening per gemeente")
public class PcDocumentController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<MediaType> LEVERBAAR = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"),
            MediaType.TEXT_HTML, MediaType.APPLICATION_PDF);

    private final Toegang toegang;
    private final Gemeenten gemeenten;
    private final PcDocumenten documenten;
    private final ObjectMapper json;
    private final String samenwerking;
    private final String samenwerkingsnaam;

    /**
     * @param samenwerking      the samenwerking's code, in the documents' file names
     * @param samenwerkingsnaam its name, in the documents' text (from its configuration, docs/samenwerking.md)
     */
    public PcDocumentController(Toegang toegang, Gemeenten gemeenten, PcDocumenten documenten, ObjectMapper json,
                                @Value("${samenboek.samenwerking.id}") String samenwerking,
                                @Value("${samenboek.samenwerking.naam}") String samenwerkingsnaam) {
        this.toegang = toegang;
        this.gemeenten = gemeenten;
        this.documenten = documenten;
        this.json = json;
        this.samenwerking = samenwerking;
        this.samenwerkingsnaam = samenwerkingsnaam;
    }

    @GetMapping(value = "/api/v1/pc-documenten/samenwerking/{jaar}/{soort}")
    @Operation(summary = "Een P&C-document van de werkorganisatie", description = "De vierde P&C-cyclus: soort kaderbrief, begroting of "
            + "jaarrekening van de werkorganisatie als geheel. Per gemeente de bijdrage tegen de kosten en het saldo, per team de uren, "
            + "kosten en formatie, per budgetlijn het totaal, en de afrekening: het saldo terug naar (of bijgevraagd bij) de gemeenten "
            + "volgens de verdeelsleutel van 1 januari, tot op de cent. Geen opdrachten, alleen cijfers: elk college en elke raad mag "
            + "het lezen. Dezelfde vormen (Accept) en herkomst (peildatum, bekendOp, de kop van elk grootboek) als per gemeente.",
            responses = @ApiResponse(responseCode = "200", description = "Het document", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = Samenwerkingsdocument.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    public ResponseEntity<byte[]> samenwerkingsdocument(@PathVariable String jaar, @PathVariable String soort,
                                                        @RequestParam(required = false) String peildatum,
                                                        @RequestParam(required = false) String bekendOp,
                                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        toegang.vereis(Handeling.SAMENWERKINGSDOCUMENT_LEZEN);
        int j = Verzoekparameters.jaar("jaar", jaar);
        Samenwerkingsdocumentsoort documentsoort = Code.zoek(Samenwerkingsdocumentsoort.class, soort).orElseThrow(() ->
                new OngeldigeInvoer("soort", "'" + soort + "' is geen P&C-document van de werkorganisatie; toegestaan: "
                        + Code.toegestaan(Samenwerkingsdocumentsoort.class)));
        MediaType vorm = Documentvorm.kies(accept);
        Samenwerkingsdocument document = documenten.bouwSamenwerking(samenwerkingsnaam, j, documentsoort,
                Verzoekparameters.peilmoment(peildatum, bekendOp));
        return Documentvorm.antwoord(vorm, samenwerking + "-" + j + "-" + documentsoort.code(), document, new Documentvorm.Weergaven() {
            @Override
            public String html() {
                return SamenwerkingsdocumentHtml.schrijf(document);
            }

            @Override
            public byte[] csv() {
                return SamenwerkingsdocumentCsv.schrijf(document);
            }
        }, json);
    }

    @GetMapping(value = "/api/v1/pc-documenten/{gemeente}/{jaar}/{soort}")
    @Operation(summary = "Een P&C-document van een gemeente", description = "soort: begroting, voorjaarsnota, najaarsnota of "
            + "jaarrekening. Met Accept kiest u JSON (de gegevens), text/csv (voor Nederlandse Excel: ';', decimale komma, BOM), "
            + "text/html (een leesbare pagina) of application/pdf (een gezet document met paginanummers). Elk document noemt de "
            + "peildatum, het bekendOp-moment en de kop van het grootboek (aantal, hoofdHash) waaruit het is berekend; dezelfde "
            + "vraag geeft hetzelfde document.",
            responses = @ApiResponse(responseCode = "200", description = "Het document", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = PcDocument.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    public ResponseEntity<byte[]> document(@PathVariable String gemeente, @PathVariable String jaar, @PathVariable String soort,
                                           @RequestParam(required = false) String peildatum,
                                           @RequestParam(required = false) String bekendOp,
                                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Gebruiker gebruiker = toegang.vereis(Handeling.PC_DOCUMENT_LEZEN);
        if (!gemeenten.isBekend(gemeente)) {
            throw new NietGevonden("Er is geen gemeente '" + gemeente + "' in deze samenwerking.");
        }
        toegang.vereisZicht(gebruiker, List.of(gemeente));
        int j = Verzoekparameters.jaar("jaar", jaar);
        Documentsoort documentsoort = Code.zoek(Documentsoort.class, soort).orElseThrow(() ->
                new OngeldigeInvoer("soort", "'" + soort + "' is geen P&C-document; toegestaan: " + Code.toegestaan(Documentsoort.class)));
        MediaType vorm = Documentvorm.kies(accept);
        PcDocument document = documenten.bouw(gemeente, j, documentsoort, Verzoekparameters.peilmoment(peildatum, bekendOp));
        return Documentvorm.antwoord(vorm, samenwerking + "-" + gemeente + "-" + j + "-" + documentsoort.code(), document,
                new Documentvorm.Weergaven() {
                    @Override
                    public String html() {
                        return PcDocumentHtml.schrijf(document, samenwerkingsnaam);
                    }

                    @Override
                    public byte[] csv() {
                        return PcDocumentCsv.schrijf(document, samenwerkingsnaam);
                    }
                }, json);
    }
}
