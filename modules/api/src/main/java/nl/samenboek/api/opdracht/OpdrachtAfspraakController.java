package nl.samenboek.api.opdracht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Link;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.TrekAfspraakIn;
import nl.samenboek.messages.opdracht.WijzigAfspraak;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The output and outcome contracts of an opdracht (the groeimodel's output and outcome) and the values measured for them. */
@RestController
@RequestMapping(OpdrachtLeesController.PAD)
@Tag(name = OpdrachtLeesController.TAG, description = OpdrachtLeesController.TAG_BESCHRIJVING)
public class OpdrachtAfspraakController {

    private final Toegang toegang;
    private final Opdrachtschrijver schrijver;
    private final ZichtbareOpdrachten zichtbaar;

    public OpdrachtAfspraakController(Toegang toegang, Opdrachtschrijver schrijver, ZichtbareOpdrachten zichtbaar) {
        this.toegang = toegang;
        this.schrijver = schrijver;
        this.zichtbaar = zichtbaar;
    }

    @PostMapping("/{id}/outputafspraken")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een outputafspraak maken", description = "Door het college van een betrokken gemeente, op een aanvaarde "
            + "opdracht met toegezegde uren: SMART, dus indicator, eenheid, streefwaarde (een getal), meetmoment (in of na het "
            + "begrotingsjaar) en bron. Elk ontbrekend deel staat in invalidParams.")
    public ResponseEntity<AfspraakWeergave> outputafspraak(@PathVariable String id, @RequestBody(required = false) Verzoeken.AfspraakVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return afspraak(Handeling.OUTPUT_AFSPREKEN, Resultaatniveau.OUTPUT, id, verzoek, schrijf);
    }

    @PostMapping("/{id}/outcomeafspraken")
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een outcomeafspraak maken", description = "Als een outputafspraak, over een beoogd maatschappelijk effect.")
    public ResponseEntity<AfspraakWeergave> outcomeafspraak(@PathVariable String id, @RequestBody(required = false) Verzoeken.AfspraakVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return afspraak(Handeling.OUTCOME_AFSPREKEN, Resultaatniveau.OUTCOME, id, verzoek, schrijf);
    }

    @GetMapping("/{id}/outputafspraken/{afspraak}")
    @Operation(summary = "Eén outputafspraak met haar realisaties")
    public OpdrachtWeergave.Afspraak outputafspraak(@PathVariable String id, @PathVariable String afspraak) {
        return afspraakVan(Handeling.OUTPUTAFSPRAAK_LEZEN, Resultaatniveau.OUTPUT, id, afspraak);
    }

    @GetMapping("/{id}/outcomeafspraken/{afspraak}")
    @Operation(summary = "Eén outcomeafspraak met haar rapportages")
    public OpdrachtWeergave.Afspraak outcomeafspraak(@PathVariable String id, @PathVariable String afspraak) {
        return afspraakVan(Handeling.OUTCOMEAFSPRAAK_LEZEN, Resultaatniveau.OUTCOME, id, afspraak);
    }

    @PostMapping("/{id}/outputafspraken/{afspraak}/wijzigingen")
    @Operation(summary = "Een outputafspraak wijzigen", description = "Door het college dat haar maakte: streefwaarde, meetmoment of "
            + "beide, SMART, met reden.")
    public ResponseEntity<StandWeergave> outputafspraakWijzigen(@PathVariable String id, @PathVariable String afspraak,
            @RequestBody(required = false) Verzoeken.AfspraakwijzigingVerzoek verzoek, @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return wijzig(Handeling.OUTPUTAFSPRAAK_WIJZIGEN, Resultaatniveau.OUTPUT, id, afspraak, verzoek, schrijf);
    }

    @PostMapping("/{id}/outputafspraken/{afspraak}/intrekkingen")
    @Operation(summary = "Een outputafspraak intrekken", description = "Door het college dat haar maakte, met reden; zij telt dan "
            + "niet meer mee voor het niveau en blijft in de geschiedenis.")
    public ResponseEntity<StandWeergave> outputafspraakIntrekken(@PathVariable String id, @PathVariable String afspraak,
            @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek, @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return trekIn(Handeling.OUTPUTAFSPRAAK_INTREKKEN, Resultaatniveau.OUTPUT, id, afspraak, verzoek, schrijf);
    }

    @PostMapping("/{id}/outcomeafspraken/{afspraak}/wijzigingen")
    @Operation(summary = "Een outcomeafspraak wijzigen", description = "Als een outputafspraak.")
    public ResponseEntity<StandWeergave> outcomeafspraakWijzigen(@PathVariable String id, @PathVariable String afspraak,
            @RequestBody(required = false) Verzoeken.AfspraakwijzigingVerzoek verzoek, @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return wijzig(Handeling.OUTCOMEAFSPRAAK_WIJZIGEN, Resultaatniveau.OUTCOME, id, afspraak, verzoek, schrijf);
    }

    @PostMapping("/{id}/outcomeafspraken/{afspraak}/intrekkingen")
    @Operation(summary = "Een outcomeafspraak intrekken", description = "Als een outputafspraak.")
    public ResponseEntity<StandWeergave> outcomeafspraakIntrekken(@PathVariable String id, @PathVariable String afspraak,
            @RequestBody(required = false) Verzoeken.RedenVerzoek verzoek, @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return trekIn(Handeling.OUTCOMEAFSPRAAK_INTREKKEN, Resultaatniveau.OUTCOME, id, afspraak, verzoek, schrijf);
    }

    @PostMapping("/{id}/outputrealisaties")
    @Operation(summary = "Een outputrealisatie melden", description = "Door de directie: de gemeten waarde voor een outputafspraak van deze opdracht.")
    public ResponseEntity<StandWeergave> outputrealisatie(@PathVariable String id, @RequestBody(required = false) Verzoeken.ResultaatVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return resultaat(Handeling.OUTPUT_REALISEREN, Resultaatniveau.OUTPUT, id, verzoek, schrijf);
    }

    @PostMapping("/{id}/outcomerapportages")
    @Operation(summary = "Een outcomerapportage", description = "Door de directie: de gemeten waarde voor een outcomeafspraak van deze opdracht.")
    public ResponseEntity<StandWeergave> outcomerapportage(@PathVariable String id, @RequestBody(required = false) Verzoeken.ResultaatVerzoek verzoek,
            @Schrijfverzoek.OpVersie Schrijfverzoek schrijf) {
        return resultaat(Handeling.OUTCOME_RAPPORTEREN, Resultaatniveau.OUTCOME, id, verzoek, schrijf);
    }

    private ResponseEntity<AfspraakWeergave> afspraak(Handeling handeling, Resultaatniveau niveau, String id,
                                                      Verzoeken.AfspraakVerzoek a, Schrijfverzoek schrijf) {
        AfspraakStand stand = schrijver.voerUit(handeling, id, a, schrijf, (gebruiker, versie) -> new MaakAfspraak(OpdrachtId.van(id),
                niveau, UUID.randomUUID().toString(), gebruiker.gemeente(), a.indicator(), a.eenheid(), a.streefwaarde(), a.meetmoment(),
                a.bron(), versie), AfspraakStand.class);
        String pad = OpdrachtLeesController.PAD + "/" + id + "/" + niveau.code() + "afspraken/" + stand.id();
        return ResponseEntity.created(URI.create(pad)).eTag(Opdrachtschrijver.etag(stand.opdracht().versie()))
                .body(new AfspraakWeergave(stand.id(), niveau, a.indicator(), a.eenheid(), a.streefwaarde(), a.meetmoment(), a.bron(),
                        StandWeergave.van(stand.opdracht()), Map.of("self", new Link(pad))));
    }

    private OpdrachtWeergave.Afspraak afspraakVan(Handeling handeling, Resultaatniveau niveau, String id, String afspraak) {
        return zichtbaar.geef(toegang.vereis(handeling), id, Peilmoment.nu()).getAfspraken().stream()
                .filter(a -> a.id().equals(afspraak) && a.soort() == niveau).findFirst().map(OpdrachtWeergave.Afspraak::van)
                .orElseThrow(() -> new NietGevonden("Deze opdracht heeft geen " + niveau.code() + "afspraak " + afspraak + "."));
    }

    private ResponseEntity<StandWeergave> wijzig(Handeling handeling, Resultaatniveau niveau, String id, String afspraak,
                                                 Verzoeken.AfspraakwijzigingVerzoek w, Schrijfverzoek schrijf) {
        return schrijver.schrijfOpAfspraak(handeling, id, afspraak, w, schrijf, (gebruiker, versie) -> new WijzigAfspraak(
                OpdrachtId.van(id), niveau, afspraak, gebruiker.gemeente(), w.streefwaarde(), w.meetmoment(), w.reden(), versie));
    }

    private ResponseEntity<StandWeergave> trekIn(Handeling handeling, Resultaatniveau niveau, String id, String afspraak,
                                                 Verzoeken.RedenVerzoek r, Schrijfverzoek schrijf) {
        return schrijver.schrijfOpAfspraak(handeling, id, afspraak, r, schrijf, (gebruiker, versie) -> new TrekAfspraakIn(
                OpdrachtId.van(id), niveau, afspraak, gebruiker.gemeente(), r.reden(), versie));
    }

    private ResponseEntity<StandWeergave> resultaat(Handeling handeling, Resultaatniveau niveau, String id, Verzoeken.ResultaatVerzoek r,
                                                    Schrijfverzoek schrijf) {
        return schrijver.schrijf(handeling, id, r, schrijf, (gebruiker, versie) -> new MeldResultaat(OpdrachtId.van(id), niveau,
                r.afspraak(), r.waarde(), r.peildatum(), r.toelichting(), versie));
    }
}
