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
import nl.samenboek.api.schrijven.Idempotentie;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Gebeurtenisvorm;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import nl.samenboek.messages.opdracht.ZegUrenToe;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.opdracht.Opdrachtfilter;
import nl.samenboek.projections.opdracht.Pagina;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Opdrachten and their lifecycle (API.md, resources). Every write goes through the {@link Schrijfpad}. */
@RestController
@RequestMapping(OpdrachtController.PAD)
@Tag(name = "opdrachten", description = "Opdrachten van colleges aan HLTsamen en hun levenscyclus")
public class OpdrachtController {

    static final String PAD = "/api/v1/opdrachten";

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Opdrachten opdrachten;

    public OpdrachtController(Toegang toegang, Schrijfpad schrijfpad, Opdrachten opdrachten) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.opdrachten = opdrachten;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een opdracht aanvragen", description = "Een college vraagt een opdracht aan voor één of meer gemeenten, "
            + "waaronder de eigen. Een gezamenlijke opdracht wacht daarna op medeondertekening door de andere colleges.")
    public ResponseEntity<StandWeergave> vraagAan(@RequestBody(required = false) Verzoeken.AanvraagVerzoek verzoek,
                                                  @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel) {
        Gebruiker gebruiker = toegang.vereis(Handeling.OPDRACHT_AANVRAGEN);
        Verzoeken.AanvraagVerzoek a = verzoek != null ? verzoek : new Verzoeken.AanvraagVerzoek(null, null, null, null, null, null, null, null, null, null, null);
        VraagOpdrachtAan commando = new VraagOpdrachtAan(OpdrachtId.nieuw(), gebruiker.gemeente(), a.titel(), a.omschrijving(),
                a.gemeenten(), a.categorie(), a.soort(), a.taakveld(), a.team(), a.begrotingsjaar(), a.geraamdeUren(),
                a.programma(), a.aanbevelingen());
        OpdrachtStand stand = schrijfpad.voerUit(commando, Idempotentie.van(sleutel, gebruiker, "POST", PAD, a),
                context(gebruiker), OpdrachtStand.class);
        return ResponseEntity.created(URI.create(PAD + "/" + stand.id().waarde())).eTag(etag(stand.versie()))
                .body(StandWeergave.van(stand));
    }

    @GetMapping
    @Operation(summary = "Opdrachten zoeken", description = "Gepagineerd, nieuwste eerst. Een college of raad ziet alleen "
            + "opdrachten van de eigen gemeente.")
    public Paginering<OpdrachtWeergave> zoek(@RequestParam(required = false) String gemeente,
                                             @RequestParam(required = false) Integer begrotingsjaar,
                                             @RequestParam(required = false) String status,
                                             @RequestParam(required = false) String categorie,
                                             @RequestParam(required = false) String aanbeveling,
                                             @RequestParam(defaultValue = "1") int pagina,
                                             @RequestParam(defaultValue = "20") int paginagrootte,
                                             @Parameter(description = "JJJJ-MM-DD: de stand aan het eind van die dag") @RequestParam(required = false) String peildatum,
                                             @Parameter(description = "ISO-8601-tijdstip: alleen wat het grootboek toen had vastgelegd") @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.OPDRACHTEN_ZOEKEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        Verzoekparameters.pagina(pagina, paginagrootte);
        Foutenlijst fouten = new Foutenlijst();
        OpdrachtStatus statusfilter = status == null ? null : Code.zoek(OpdrachtStatus.class, status).orElse(null);
        fouten.als(status != null && statusfilter == null, "status", "toegestaan: " + Code.toegestaan(OpdrachtStatus.class));
        Categorie categoriefilter = categorie == null ? null : Code.zoek(Categorie.class, categorie).orElse(null);
        fouten.als(categorie != null && categoriefilter == null, "categorie", "toegestaan: " + Code.toegestaan(Categorie.class));
        fouten.als(aanbeveling != null && !aanbeveling.matches("[A-X]"), "aanbeveling", "een letter A tot en met X");
        fouten.gooiAlsNodig();
        String gemeentefilter = gemeente;
        if (gebruiker.rol().isPerGemeente()) {
            if (gemeente != null && !gemeente.equals(gebruiker.gemeente())) {
                toegang.vereisZicht(gebruiker, List.of(gemeente));
            }
            gemeentefilter = gebruiker.gemeente();
        }
        Pagina<OpdrachtDocument> gevonden = opdrachten.zoekOpdrachten(
                new Opdrachtfilter(gemeentefilter, begrotingsjaar, statusfilter, categoriefilter, aanbeveling),
                pagina, paginagrootte, peilmoment);
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath(PAD)
                .queryParamIfPresent("gemeente", java.util.Optional.ofNullable(gemeente))
                .queryParamIfPresent("begrotingsjaar", java.util.Optional.ofNullable(begrotingsjaar))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("categorie", java.util.Optional.ofNullable(categorie))
                .queryParamIfPresent("aanbeveling", java.util.Optional.ofNullable(aanbeveling))
                .queryParamIfPresent("peildatum", java.util.Optional.ofNullable(peildatum))
                .queryParamIfPresent("bekendOp", java.util.Optional.ofNullable(bekendOp));
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
        OpdrachtDocument opdracht = zichtbareOpdracht(gebruiker, id, peilmoment);
        return ResponseEntity.ok().eTag(etag(opdracht.getVersie())).body(OpdrachtWeergave.van(opdracht, peilmoment.datum()));
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
        zichtbareOpdracht(gebruiker, id, peilmoment);
        List<DomainEventMessage<?>> alle = opdrachten.gebeurtenissen(id, peilmoment);
        int van = Math.min(alle.size(), (pagina - 1) * paginagrootte);
        List<ObjectNode> deze = alle.subList(van, Math.min(alle.size(), van + paginagrootte)).stream()
                .map(OpdrachtController::gebeurtenis).toList();
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath(PAD + "/" + id + "/gebeurtenissen")
                .queryParamIfPresent("peildatum", java.util.Optional.ofNullable(peildatum))
                .queryParamIfPresent("bekendOp", java.util.Optional.ofNullable(bekendOp));
        return Paginering.van("gebeurtenissen", deze, alle.size(), pagina, paginagrootte, basis);
    }

    @PostMapping("/{id}/medeondertekeningen")
    @Operation(summary = "Een gezamenlijke opdracht medeondertekenen", description = "Door het college van een andere betrokken gemeente.")
    public ResponseEntity<StandWeergave> medeondertekenen(@PathVariable String id,
                                                          @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
                                                          @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return voerUit(Handeling.MEDEONDERTEKENEN, id, leeg(verzoek), sleutel, ifMatch,
                (gebruiker, versie) -> new OndertekenOpdrachtMede(OpdrachtId.van(id), gebruiker.gemeente(), versie));
    }

    @PostMapping("/{id}/aanvaardingen")
    @Operation(summary = "Een opdracht aanvaarden", description = "Door de directie, zodra elk betrokken college heeft getekend.")
    public ResponseEntity<StandWeergave> aanvaarden(@PathVariable String id,
                                                    @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
                                                    @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return voerUit(Handeling.AANVAARDEN, id, leeg(verzoek), sleutel, ifMatch,
                (gebruiker, versie) -> new AanvaardOpdracht(OpdrachtId.van(id), versie));
    }

    @PostMapping("/{id}/afwijzingen")
    @Operation(summary = "Een opdracht afwijzen", description = "Door de directie, met reden.")
    public ResponseEntity<StandWeergave> afwijzen(@PathVariable String id,
                                                  @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek,
                                                  @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Verzoeken.RedenVerzoek r = verzoek != null ? verzoek : new Verzoeken.RedenVerzoek(null);
        return voerUit(Handeling.AFWIJZEN, id, r, sleutel, ifMatch,
                (gebruiker, versie) -> new WijsOpdrachtAf(OpdrachtId.van(id), r.reden(), versie));
    }

    @PostMapping("/{id}/toezeggingen")
    @Operation(summary = "Uren toezeggen voor een jaar", description = "Het inputcontract. Een latere toezegging voor "
            + "hetzelfde jaar vervangt de eerdere; zonder verdeling geldt de verdeelsleutel van 1 januari van dat jaar.")
    public ResponseEntity<StandWeergave> toezeggen(@PathVariable String id,
                                                   @RequestBody(required = false) Verzoeken.ToezeggingVerzoek verzoek,
                                                   @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Verzoeken.ToezeggingVerzoek t = verzoek != null ? verzoek : new Verzoeken.ToezeggingVerzoek(null, null, null, null);
        return voerUit(Handeling.UREN_TOEZEGGEN, id, t, sleutel, ifMatch,
                (gebruiker, versie) -> new ZegUrenToe(OpdrachtId.van(id), t.jaar(), t.uren(), t.verdeling(), t.overschrijding(), versie));
    }

    @PostMapping("/{id}/urenregistraties")
    @Operation(summary = "Uren registreren", description = "Gewerkte uren van een medewerker (een pseudoniem) op een dag.")
    public ResponseEntity<StandWeergave> registreren(@PathVariable String id,
                                                     @RequestBody(required = false) Verzoeken.UrenregistratieVerzoek verzoek,
                                                     @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Verzoeken.UrenregistratieVerzoek u = verzoek != null ? verzoek : new Verzoeken.UrenregistratieVerzoek(null, null, null);
        return voerUit(Handeling.UREN_REGISTREREN, id, u, sleutel, ifMatch,
                (gebruiker, versie) -> new RegistreerUren(OpdrachtId.van(id), u.datum(), u.uren(), u.medewerker(), versie));
    }

    @PostMapping("/{id}/wijzigingen")
    @Operation(summary = "Een opdracht wijzigen", description = "Raming of omschrijving, altijd met reden; door het college van een betrokken gemeente.")
    public ResponseEntity<StandWeergave> wijzigen(@PathVariable String id,
                                                  @RequestBody(required = false) Verzoeken.WijzigingVerzoek verzoek,
                                                  @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Verzoeken.WijzigingVerzoek w = verzoek != null ? verzoek : new Verzoeken.WijzigingVerzoek(null, null, null);
        return voerUit(Handeling.WIJZIGEN, id, w, sleutel, ifMatch,
                (gebruiker, versie) -> new WijzigOpdracht(OpdrachtId.van(id), gebruiker.gemeente(), w.geraamdeUren(),
                        w.omschrijving(), w.reden(), versie));
    }

    @PostMapping("/{id}/afrondingen")
    @Operation(summary = "Een opdracht afronden", description = "Door de directie.")
    public ResponseEntity<StandWeergave> afronden(@PathVariable String id,
                                                  @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
                                                  @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return voerUit(Handeling.AFRONDEN, id, leeg(verzoek), sleutel, ifMatch,
                (gebruiker, versie) -> new RondOpdrachtAf(OpdrachtId.van(id), versie));
    }

    @PostMapping("/{id}/intrekkingen")
    @Operation(summary = "Een opdracht intrekken", description = "Door het college van een betrokken gemeente, met reden.")
    public ResponseEntity<StandWeergave> intrekken(@PathVariable String id,
                                                   @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek,
                                                   @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Verzoeken.RedenVerzoek r = verzoek != null ? verzoek : new Verzoeken.RedenVerzoek(null);
        return voerUit(Handeling.INTREKKEN, id, r, sleutel, ifMatch,
                (gebruiker, versie) -> new TrekOpdrachtIn(OpdrachtId.van(id), gebruiker.gemeente(), r.reden(), versie));
    }

    @PostMapping("/{id}/outputafspraken")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een outputafspraak maken", description = "Door het college van een betrokken gemeente, op een aanvaarde "
            + "opdracht met toegezegde uren: SMART, dus indicator, eenheid, streefwaarde (een getal), meetmoment (in of na het "
            + "begrotingsjaar) en bron. Elk ontbrekend deel staat in invalidParams.")
    public ResponseEntity<AfspraakWeergave> outputafspraak(@PathVariable String id,
                                                           @RequestBody(required = false) Verzoeken.AfspraakVerzoek verzoek,
                                                           @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return afspraak(Handeling.OUTPUT_AFSPREKEN, Resultaatniveau.OUTPUT, id, verzoek, sleutel, ifMatch);
    }

    @PostMapping("/{id}/outcomeafspraken")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een outcomeafspraak maken", description = "Als een outputafspraak, over een beoogd maatschappelijk effect.")
    public ResponseEntity<AfspraakWeergave> outcomeafspraak(@PathVariable String id,
                                                            @RequestBody(required = false) Verzoeken.AfspraakVerzoek verzoek,
                                                            @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return afspraak(Handeling.OUTCOME_AFSPREKEN, Resultaatniveau.OUTCOME, id, verzoek, sleutel, ifMatch);
    }

    @GetMapping("/{id}/outputafspraken/{afspraak}")
    @Operation(summary = "Eén outputafspraak met haar realisaties")
    public OpdrachtDocument.Afspraak outputafspraak(@PathVariable String id, @PathVariable String afspraak) {
        return afspraakVan(Handeling.OUTPUTAFSPRAAK_LEZEN, Resultaatniveau.OUTPUT, id, afspraak);
    }

    @GetMapping("/{id}/outcomeafspraken/{afspraak}")
    @Operation(summary = "Eén outcomeafspraak met haar rapportages")
    public OpdrachtDocument.Afspraak outcomeafspraak(@PathVariable String id, @PathVariable String afspraak) {
        return afspraakVan(Handeling.OUTCOMEAFSPRAAK_LEZEN, Resultaatniveau.OUTCOME, id, afspraak);
    }

    @PostMapping("/{id}/outputrealisaties")
    @Operation(summary = "Een outputrealisatie melden", description = "Door de directie: de gemeten waarde voor een outputafspraak van deze opdracht.")
    public ResponseEntity<StandWeergave> outputrealisatie(@PathVariable String id,
                                                          @RequestBody(required = false) Verzoeken.ResultaatVerzoek verzoek,
                                                          @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return resultaat(Handeling.OUTPUT_REALISEREN, Resultaatniveau.OUTPUT, id, verzoek, sleutel, ifMatch);
    }

    @PostMapping("/{id}/outcomerapportages")
    @Operation(summary = "Een outcomerapportage", description = "Door de directie: de gemeten waarde voor een outcomeafspraak van deze opdracht.")
    public ResponseEntity<StandWeergave> outcomerapportage(@PathVariable String id,
                                                           @RequestBody(required = false) Verzoeken.ResultaatVerzoek verzoek,
                                                           @RequestHeader(value = Idempotentie.KOP, required = false) String sleutel,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return resultaat(Handeling.OUTCOME_RAPPORTEREN, Resultaatniveau.OUTCOME, id, verzoek, sleutel, ifMatch);
    }

    private ResponseEntity<AfspraakWeergave> afspraak(Handeling handeling, Resultaatniveau niveau, String id,
                                                      Verzoeken.AfspraakVerzoek verzoek, String sleutel, String ifMatch) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        Verzoeken.AfspraakVerzoek a = verzoek != null ? verzoek : new Verzoeken.AfspraakVerzoek(null, null, null, null, null);
        Long versie = Verzoekparameters.verwachteVersie(ifMatch);
        MaakAfspraak commando = new MaakAfspraak(OpdrachtId.van(id), niveau, java.util.UUID.randomUUID().toString(), gebruiker.gemeente(),
                a.indicator(), a.eenheid(), a.streefwaarde(), a.meetmoment(), a.bron(), versie);
        AfspraakStand stand = schrijfpad.voerUit(commando, Idempotentie.van(sleutel, gebruiker, "POST", handeling.pad().replace("{id}", id), a),
                context(gebruiker), AfspraakStand.class);
        String pad = PAD + "/" + id + "/" + niveau.code() + "afspraken/" + stand.id();
        return ResponseEntity.created(URI.create(pad)).eTag(etag(stand.opdracht().versie()))
                .body(new AfspraakWeergave(stand.id(), niveau, a.indicator(), a.eenheid(), a.streefwaarde(), a.meetmoment(), a.bron(),
                        StandWeergave.van(stand.opdracht()), Map.of("self", new nl.samenboek.api.http.Link(pad))));
    }

    private OpdrachtDocument.Afspraak afspraakVan(Handeling handeling, Resultaatniveau niveau, String id, String afspraak) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        return zichtbareOpdracht(gebruiker, id, Peilmoment.nu()).getAfspraken().stream()
                .filter(a -> a.id().equals(afspraak) && a.soort() == niveau).findFirst()
                .orElseThrow(() -> new NietGevonden("Deze opdracht heeft geen " + niveau.code() + "afspraak " + afspraak + "."));
    }

    private ResponseEntity<StandWeergave> resultaat(Handeling handeling, Resultaatniveau niveau, String id,
                                                    Verzoeken.ResultaatVerzoek verzoek, String sleutel, String ifMatch) {
        Verzoeken.ResultaatVerzoek r = verzoek != null ? verzoek : new Verzoeken.ResultaatVerzoek(null, null, null, null);
        return voerUit(handeling, id, r, sleutel, ifMatch,
                (gebruiker, versie) -> new MeldResultaat(OpdrachtId.van(id), niveau, r.afspraak(), r.waarde(), r.peildatum(), r.toelichting(), versie));
    }

    private ResponseEntity<StandWeergave> voerUit(Handeling handeling, String id, Object verzoek, String sleutel, String ifMatch,
                                                  BiFunction<Gebruiker, Long, Object> commando) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        Long versie = Verzoekparameters.verwachteVersie(ifMatch);
        Idempotentie idempotentie = Idempotentie.van(sleutel, gebruiker, handeling.methode(), handeling.pad().replace("{id}", id), verzoek);
        OpdrachtStand stand = schrijfpad.voerUit(commando.apply(gebruiker, versie), idempotentie, context(gebruiker), OpdrachtStand.class);
        return ResponseEntity.ok().eTag(etag(stand.versie())).body(StandWeergave.van(stand));
    }

    private OpdrachtDocument zichtbareOpdracht(Gebruiker gebruiker, String id, Peilmoment peilmoment) {
        OpdrachtDocument opdracht = opdrachten.geefOpdracht(id, peilmoment)
                .orElseThrow(() -> new NietGevonden("Er bestaat geen opdracht " + id
                        + (peilmoment.isNu() ? "." : " op dit peilmoment.")));
        toegang.vereisZicht(gebruiker, opdracht.getGemeenten());
        return opdracht;
    }

    private static ObjectNode gebeurtenis(DomainEventMessage<?> bericht) {
        try {
            return Gebeurtenisvorm.van(bericht.getIdentifier(), bericht.getPayloadType().getName(),
                    DateTimeUtils.formatInstant(bericht.getTimestamp()), bericht.getType(), bericht.getAggregateIdentifier(),
                    bericht.getSequenceNumber(), GebeurtenisJson.mapper().writeValueAsBytes(bericht.getPayload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Verzoeken.LeegVerzoek leeg(Verzoeken.LeegVerzoek verzoek) {
        return verzoek != null ? verzoek : new Verzoeken.LeegVerzoek();
    }

    static Map<String, String> context(Gebruiker gebruiker) {
        return gebruiker.gemeente() == null ? Map.of("rol", gebruiker.rol().code())
                : Map.of("rol", gebruiker.rol().code(), "gemeente", gebruiker.gemeente());
    }

    private static String etag(long versie) {
        return "\"" + versie + "\"";
    }
}
