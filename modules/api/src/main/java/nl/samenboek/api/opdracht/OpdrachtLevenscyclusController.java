package nl.samenboek.api.opdracht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.CorrigeerUren;
import nl.samenboek.messages.opdracht.GeefPrioriteit;
import nl.samenboek.messages.opdracht.WijsSleutelprojectAan;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WeigerOpdracht;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import nl.samenboek.messages.opdracht.ZegUrenToe;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The lifecycle of an opdracht (docs/api.md): the aanvraag and every step after it. */
@RestController
@RequestMapping(OpdrachtLeesController.PAD)
@Tag(name = OpdrachtLeesController.TAG, description = OpdrachtLeesController.TAG_BESCHRIJVING)
public class OpdrachtLevenscyclusController {

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Opdrachtschrijver schrijver;

    public OpdrachtLevenscyclusController(Toegang toegang, Schrijfpad schrijfpad, Opdrachtschrijver schrijver) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.schrijver = schrijver;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een opdracht aanvragen", description = "Een college vraagt een opdracht aan voor één of meer gemeenten, "
            + "waaronder de eigen. Een gezamenlijke opdracht wacht daarna op medeondertekening door de andere colleges.")
    public ResponseEntity<StandWeergave> vraagAan(@RequestBody(required = false) Verzoeken.AanvraagVerzoek verzoek, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.OPDRACHT_AANVRAGEN);
        VraagOpdrachtAan commando = new VraagOpdrachtAan(OpdrachtId.nieuw(), gebruiker.gemeente(), verzoek.titel(), verzoek.omschrijving(),
                verzoek.gemeenten(), verzoek.categorie(), verzoek.soort(), verzoek.taakveld(), verzoek.team(), verzoek.begrotingsjaar(),
                verzoek.geraamdeUren(), verzoek.programma(), verzoek.aanbevelingen(), verzoek.herkomstOfNull(), verzoek.opleverdatum());
        // the Idempotency-Key's fingerprint has always named the full path here; kept, so stored keys stay valid
        OpdrachtStand stand = schrijfpad.voerUit(commando, schrijf.idempotentie(gebruiker, "POST", OpdrachtLeesController.PAD, verzoek),
                gebruiker, OpdrachtStand.class);
        return ResponseEntity.created(URI.create(OpdrachtLeesController.PAD + "/" + stand.id().waarde()))
                .eTag(Opdrachtschrijver.etag(stand.versie())).body(StandWeergave.van(stand));
    }

    @PostMapping("/{id}/medeondertekeningen")
    @Operation(summary = "Een gezamenlijke opdracht medeondertekenen", description = "Door het college van een andere betrokken gemeente.")
    public ResponseEntity<StandWeergave> medeondertekenen(@PathVariable String id, @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.MEDEONDERTEKENEN, id, verzoek, schrijf, (gebruiker, versie) -> new OndertekenOpdrachtMede(OpdrachtId.van(id), gebruiker.gemeente(), versie));
    }

    @PostMapping("/{id}/weigeringen")
    @Operation(summary = "Weigeren een gezamenlijke opdracht mede te ondertekenen", description = "Door het college van een "
            + "andere betrokken gemeente dat nog niet medeondertekende, met reden; de opdracht eindigt dan als geweigerd. Na "
            + "medeondertekening kan het niet meer (409); de aanvrager weigert niet (403).")
    public ResponseEntity<StandWeergave> weigeren(@PathVariable String id, @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.WEIGEREN, id, verzoek, schrijf, (gebruiker, versie) -> new WeigerOpdracht(OpdrachtId.van(id),
                gebruiker.gemeente(), verzoek.reden(), versie));
    }

    @PostMapping("/{id}/prioriteringen")
    @Operation(summary = "Een prioriteit geven", description = "Door het bestuur, met reden, als de vraag de capaciteit overstijgt "
            + "(knelpunt): hoog, normaal of laag. Lijsten zetten hoog vooraan.")
    public ResponseEntity<StandWeergave> prioriteren(@PathVariable String id, @RequestBody(required = false) Verzoeken.PrioriteringVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.PRIORITEREN, id, verzoek, schrijf, (gebruiker, versie) -> new GeefPrioriteit(OpdrachtId.van(id),
                verzoek.prioriteit(), verzoek.reden(), versie));
    }

    @PostMapping("/{id}/sleutelprojecten")
    @Operation(summary = "Als sleutelproject aanwijzen", description = "Door het bestuur (nota, aanbeveling C): de opdracht wordt "
            + "geëvalueerd tegen deze criteria, die vanaf nu vastliggen; nogmaals aanwijzen is een conflict. Het evaluatiedossier "
            + "(GET /evaluaties/{jaar}) toont elk sleutelproject met zijn criteria en de realisatie van zijn afspraken.")
    public ResponseEntity<StandWeergave> sleutelproject(@PathVariable String id,
            @RequestBody(required = false) Verzoeken.SleutelprojectVerzoek verzoek, @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.SLEUTELPROJECT_AANWIJZEN, id, verzoek, schrijf,
                (gebruiker, versie) -> new WijsSleutelprojectAan(OpdrachtId.van(id), verzoek.criteria(), versie));
    }

    @PostMapping("/{id}/urencorrecties")
    @Operation(summary = "Een urenregistratie corrigeren", description = "Door de directie, met reden: registratie is de versie die "
            + "de urenregistratie opleverde, uren de gecorrigeerde waarde (0 of meer; ten hoogste 24 uur per medewerker per dag "
            + "over alle opdrachten). Totalen tellen de gecorrigeerde waarde; de registratie blijft in de geschiedenis.")
    public ResponseEntity<StandWeergave> corrigeren(@PathVariable String id, @RequestBody(required = false) Verzoeken.UrencorrectieVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.UREN_CORRIGEREN, id, verzoek, schrijf, (gebruiker, versie) -> new CorrigeerUren(OpdrachtId.van(id),
                verzoek.registratie(), verzoek.uren(), verzoek.reden(), versie));
    }

    @PostMapping("/{id}/aanvaardingen")
    @Operation(summary = "Een opdracht aanvaarden", description = "Door de directie, zodra elk betrokken college heeft getekend.")
    public ResponseEntity<StandWeergave> aanvaarden(@PathVariable String id, @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.AANVAARDEN, id, verzoek, schrijf, (gebruiker, versie) -> new AanvaardOpdracht(OpdrachtId.van(id), versie));
    }

    @PostMapping("/{id}/afwijzingen")
    @Operation(summary = "Een opdracht afwijzen", description = "Door de directie, met reden.")
    public ResponseEntity<StandWeergave> afwijzen(@PathVariable String id, @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.AFWIJZEN, id, verzoek, schrijf, (gebruiker, versie) -> new WijsOpdrachtAf(OpdrachtId.van(id), verzoek.reden(), versie));
    }

    @PostMapping("/{id}/toezeggingen")
    @Operation(summary = "Uren toezeggen voor een jaar", description = "Het inputcontract. Een latere toezegging voor "
            + "hetzelfde jaar vervangt de eerdere; zonder verdeling geldt de verdeelsleutel van 1 januari van dat jaar.")
    public ResponseEntity<StandWeergave> toezeggen(@PathVariable String id, @RequestBody(required = false) Verzoeken.ToezeggingVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.UREN_TOEZEGGEN, id, verzoek, schrijf, (gebruiker, versie) -> new ZegUrenToe(OpdrachtId.van(id),
                verzoek.jaar(), verzoek.uren(), verzoek.verdeling(), verzoek.overschrijding(), versie));
    }

    @PostMapping("/{id}/urenregistraties")
    @Operation(summary = "Uren registreren", description = "Gewerkte uren van een medewerker (een pseudoniem) op een dag.")
    public ResponseEntity<StandWeergave> registreren(@PathVariable String id, @RequestBody(required = false) Verzoeken.UrenregistratieVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.UREN_REGISTREREN, id, verzoek, schrijf, (gebruiker, versie) -> new RegistreerUren(OpdrachtId.van(id),
                verzoek.datum(), verzoek.uren(), verzoek.medewerker(), versie));
    }

    @PostMapping("/{id}/wijzigingen")
    @Operation(summary = "Een opdracht wijzigen", description = "Raming of omschrijving, altijd met reden; door het college dat haar "
            + "aanvroeg (de andere betrokken colleges ondertekenen mede of weigeren).")
    public ResponseEntity<StandWeergave> wijzigen(@PathVariable String id, @RequestBody(required = false) Verzoeken.WijzigingVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.WIJZIGEN, id, verzoek, schrijf, (gebruiker, versie) -> new WijzigOpdracht(OpdrachtId.van(id),
                gebruiker.gemeente(), verzoek.geraamdeUren(), verzoek.omschrijving(), verzoek.reden(), versie));
    }

    @PostMapping("/{id}/afrondingen")
    @Operation(summary = "Een opdracht afronden", description = "Door de directie.")
    public ResponseEntity<StandWeergave> afronden(@PathVariable String id, @RequestBody(required = false) Verzoeken.LeegVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.AFRONDEN, id, verzoek, schrijf, (gebruiker, versie) -> new RondOpdrachtAf(OpdrachtId.van(id), versie));
    }

    @PostMapping("/{id}/intrekkingen")
    @Operation(summary = "Een opdracht intrekken", description = "Door het college dat haar aanvroeg, met reden.")
    public ResponseEntity<StandWeergave> intrekken(@PathVariable String id, @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return schrijver.schrijf(Handeling.INTREKKEN, id, verzoek, schrijf, (gebruiker, versie) -> new TrekOpdrachtIn(OpdrachtId.van(id),
                gebruiker.gemeente(), verzoek.reden(), versie));
    }
}
