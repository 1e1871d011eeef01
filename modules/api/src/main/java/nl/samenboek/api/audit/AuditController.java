package nl.samenboek.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Paginering;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.controlepunt.Controlepunten;
import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.gemeente.Gemeenten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What auditors (accountant, rekenkamer) and each gemeente need to prove their history (docs/auditor.md): verification of a
 * gemeente's grootboek against the event store itself, the export of its entries, and signed checkpoints.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Verificatie, export en ondertekende controlepunten van het grootboek per gemeente")
public class AuditController {

    public static final String NDJSON = "application/x-ndjson";

    private final Toegang toegang;
    private final Gemeenten gemeenten;
    private final Grootboeklezer grootboek;
    private final Controlepunten controlepunten;
    private final Ondertekenaar ondertekenaar;
    private final Verificatiecache verificaties;

    public AuditController(Toegang toegang, Gemeenten gemeenten, Grootboeklezer grootboek, Controlepunten controlepunten,
                           Ondertekenaar ondertekenaar,
                           @Value("${samenboek.verificatie.houdbaar:PT0S}") Duration houdbaar) {
        this.verificaties = new Verificatiecache(grootboek, houdbaar);
        this.toegang = toegang;
        this.gemeenten = gemeenten;
        this.grootboek = grootboek;
        this.controlepunten = controlepunten;
        this.ondertekenaar = ondertekenaar;
    }

    @GetMapping("/gemeenten/{gemeente}/verificatie")
    @Operation(summary = "Het grootboek van een gemeente verifiëren", description = "Leest de event store zelf opnieuw en "
            + "herberekent elke hash (docs/auditor.md), en controleert de keten tegen de ondertekende controlepunten. Meldt de eerste "
            + "regel die niet klopt en wat eraan mankeert.")
    public Verificatie verificatie(@PathVariable String gemeente) {
        vereis(Handeling.GROOTBOEK_VERIFIEREN, gemeente);
        List<Controlepunt> punten = controlepunten.alle(gemeente);
        return verificaties.verifieer(gemeente, punten.size(), () -> {
            Ketencontrole controle = new Ketencontrole(gemeente)
                    .metControlepunten(punten.stream().filter(p -> Ondertekenaar.klopt(p, ondertekenaar.publiek())).toList());
            punten.stream().filter(p -> !Ondertekenaar.klopt(p, ondertekenaar.publiek())).findFirst()
                    .ifPresent(p -> controle.meld(p.aantal(), "het controlepunt bij regel " + p.aantal() + " heeft geen geldige handtekening"));
            return grootboek.verifieer(controle, gemeente);
        });
    }

    @GetMapping(value = "/gemeenten/{gemeente}/export", produces = NDJSON)
    @Operation(summary = "Het grootboek van een gemeente exporteren", description = "NDJSON: één grootboekregel per regel, "
            + "{gemeente, volgnummer, vorigeHash, hash, gebeurtenis}, in volgorde, gestreamd. Met een paar regels code in "
            + "elke taal te verifiëren (docs/auditor.md).",
            responses = @ApiResponse(responseCode = "200", description = "De regels",
                    content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))))
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String gemeente) {
        vereis(Handeling.GROOTBOEK_EXPORTEREN, gemeente);
        StreamingResponseBody stroom = uit -> {
            BufferedWriter schrijver = new BufferedWriter(new OutputStreamWriter(uit, StandardCharsets.UTF_8), 1 << 16);
            grootboek.lees(gemeente, gelezen -> {
                try {
                    schrijver.write(GebeurtenisJson.mapper().writeValueAsString(gelezen.regel()));
                    schrijver.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            schrijver.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(NDJSON))
                .header("Content-Disposition", "attachment; filename=\"grootboek-" + gemeente + ".ndjson\"")
                .body(stroom);
    }

    @GetMapping("/gemeenten/{gemeente}/checkpoints")
    @Operation(summary = "Ondertekende controlepunten", description = "Nieuwste eerst. Dekt geen controlepunt de huidige "
            + "kop, dan wordt er eerst een ondertekend (na verificatie van de regels sinds het vorige), dus de lijst is "
            + "nooit leeg. De publieke sleutel staat op /audit/sleutels.")
    public Paginering<Controlepunt> checkpoints(@PathVariable String gemeente,
                                                @RequestParam(defaultValue = "1") int pagina,
                                                @RequestParam(defaultValue = "20") int paginagrootte) {
        vereis(Handeling.CONTROLEPUNTEN_LEZEN, gemeente);
        Verzoekparameters.pagina(pagina, paginagrootte);
        controlepunten.zorgVoorActueel(gemeente);
        return Paginering.van("checkpoints", controlepunten.lijst(gemeente, pagina, paginagrootte),
                controlepunten.aantal(gemeente), pagina, paginagrootte,
                UriComponentsBuilder.fromPath("/api/v1/audit/gemeenten/" + gemeente + "/checkpoints"));
    }

    @GetMapping("/sleutels")
    @Operation(summary = "De publieke sleutel van de controlepunten", description = "Een JWK-set (RFC 7517): de sleutel "
            + "waarmee deze instantie controlepunten ondertekent (RS256).")
    public Map<String, List<Map<String, String>>> sleutels() {
        toegang.vereis(Handeling.SLEUTELS_LEZEN);
        return Map.of("keys", List.of(ondertekenaar.publiekeSleutel()));
    }

    private void vereis(Handeling handeling, String gemeente) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        if (!gemeenten.isBekend(gemeente)) {
            throw new NietGevonden("Er is geen gemeente '" + gemeente + "' in deze samenwerking.");
        }
        toegang.vereisZicht(gebruiker, List.of(gemeente));
    }
}
