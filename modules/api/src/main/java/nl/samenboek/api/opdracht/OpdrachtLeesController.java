package nl.samenboek.api.opdracht;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Paginering;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Gebeurtenisvorm;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.opdracht.Opdrachtfilter;
import nl.samenboek.projections.opdracht.Pagina;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;

/** Reading opdrachten: the list with its filters, one opdracht, and its events; each as of a peildatum and bekendOp. */
@RestController
@RequestMapping(OpdrachtLeesController.PAD)
@Tag(name = OpdrachtLeesController.TAG, description = OpdrachtLeesController.TAG_BESCHRIJVING)
public class OpdrachtLeesController {

    static final String PAD = "/api/v1/opdrachten";
    static final String TAG = "opdrachten";
    static final String TAG_BESCHRIJVING = "Opdrachten van colleges aan de werkorganisatie en hun levenscyclus";

    private final Toegang toegang;
    private final Opdrachten opdrachten;
    private final ZichtbareOpdrachten zichtbaar;

    public OpdrachtLeesController(Toegang toegang, Opdrachten opdrachten, ZichtbareOpdrachten zichtbaar) {
        this.toegang = toegang;
        this.opdrachten = opdrachten;
        this.zichtbaar = zichtbaar;
    }

    @GetMapping
    @Operation(summary = "Opdrachten zoeken", description = "Gepagineerd, op de prioriteit van het bestuur (hoog eerst), dan "
            + "nieuwste aanvraag eerst. Een college of raad ziet alleen opdrachten van de eigen gemeente.")
    public Paginering<OpdrachtWeergave> zoek(@RequestParam(required = false) String gemeente,
                                             @RequestParam(required = false) Integer begrotingsjaar,
                                             @RequestParam(required = false) OpdrachtStatus status,
                                             @RequestParam(required = false) Categorie categorie,
                                             @RequestParam(required = false) String aanbeveling,
                                             @Parameter(description = "waar het werk vandaan komt; niet-opgegeven voor opdrachten zonder herkomst")
                                             @RequestParam(required = false) Herkomstsoort herkomst,
                                             @RequestParam(defaultValue = "1") int pagina,
                                             @RequestParam(defaultValue = "20") int paginagrootte,
                                             @Parameter(description = "JJJJ-MM-DD: de stand aan het eind van die dag") @RequestParam(required = false) String peildatum,
                                             @Parameter(description = "ISO-8601-tijdstip: alleen wat het grootboek toen had vastgelegd") @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.OPDRACHTEN_ZOEKEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        Verzoekparameters.pagina(pagina, paginagrootte);
        new Foutenlijst().als(aanbeveling != null && !aanbeveling.matches("[A-X]"), "aanbeveling", "een letter A tot en met X").gooiAlsNodig();
        String gemeentefilter = toegang.gemeentefilter(gebruiker, gemeente);
        Pagina<OpdrachtDocument> gevonden = opdrachten.zoekOpdrachten(
                new Opdrachtfilter(gemeentefilter, begrotingsjaar, status, categorie, aanbeveling, herkomst), pagina, paginagrootte,
                peilmoment);
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath(PAD)
                .queryParamIfPresent("gemeente", Optional.ofNullable(gemeente))
                .queryParamIfPresent("begrotingsjaar", Optional.ofNullable(begrotingsjaar))
                .queryParamIfPresent("status", Optional.ofNullable(status).map(Code::code))
                .queryParamIfPresent("categorie", Optional.ofNullable(categorie).map(Code::code))
                .queryParamIfPresent("aanbeveling", Optional.ofNullable(aanbeveling))
                .queryParamIfPresent("herkomst", Optional.ofNullable(herkomst).map(Code::code))
                .queryParamIfPresent("peildatum", Optional.ofNullable(peildatum))
                .queryParamIfPresent("bekendOp", Optional.ofNullable(bekendOp));
        return Paginering.van("opdrachten", gevonden.inhoud().stream().map(o -> OpdrachtWeergave.van(o, peilmoment.datum())).toList(),
                gevonden.totaal(), pagina, paginagrootte, basis);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een opdracht", description = "Met status, versie (ook als ETag), niveau en uren; met peildatum "
            + "en bekendOp zoals zij toen was.")
    public ResponseEntity<OpdrachtWeergave> geef(@PathVariable String id,
                                                 @RequestParam(required = false) String peildatum,
                                                 @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.OPDRACHT_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        OpdrachtDocument opdracht = zichtbaar.geef(gebruiker, id, peilmoment);
        return ResponseEntity.ok().eTag(Opdrachtschrijver.etag(opdracht.getVersie())).body(OpdrachtWeergave.van(opdracht, peilmoment.datum()));
    }

    @GetMapping("/{id}/gebeurtenissen")
    @Operation(summary = "De gebeurtenissen van een opdracht", description = "In volgorde, in de vorm van het grootboek "
            + "(id, type, tijdstip, aggregaat, aggregaatId, versie, data).")
    public Paginering<ObjectNode> gebeurtenissen(@PathVariable String id,
                                                 @RequestParam(defaultValue = "1") int pagina,
                                                 @RequestParam(defaultValue = "20") int paginagrootte,
                                                 @RequestParam(required = false) String peildatum,
                                                 @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.GEBEURTENISSEN_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        Verzoekparameters.pagina(pagina, paginagrootte);
        zichtbaar.geef(gebruiker, id, peilmoment);
        List<DomainEventMessage<?>> alle = opdrachten.gebeurtenissen(id, peilmoment);
        int van = Paginering.begin(pagina, paginagrootte, alle.size());
        List<ObjectNode> deze = alle.subList(van, Math.min(alle.size(), van + paginagrootte)).stream()
                .map(OpdrachtLeesController::gebeurtenis).toList();
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath(PAD + "/" + id + "/gebeurtenissen")
                .queryParamIfPresent("peildatum", Optional.ofNullable(peildatum))
                .queryParamIfPresent("bekendOp", Optional.ofNullable(bekendOp));
        return Paginering.van("gebeurtenissen", deze, alle.size(), pagina, paginagrootte, basis);
    }

    private static ObjectNode gebeurtenis(DomainEventMessage<?> bericht) {
        try {
            return Gebeurtenisvorm.van(bericht.getIdentifier(), bericht.getPayloadType().getName(),
                    DateTimeUtils.formatInstant(bericht.getTimestamp()), bericht.getType(), bericht.getAggregateIdentifier(),
                    bericht.getSequenceNumber(), Gebeurtenisvorm.doorUitMetadata(bericht.getMetaData()),
                    GebeurtenisJson.mapper().writeValueAsBytes(bericht.getPayload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
