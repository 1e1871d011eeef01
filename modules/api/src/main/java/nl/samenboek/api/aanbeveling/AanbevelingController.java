package nl.samenboek.api.aanbeveling;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.http.Link;
import nl.samenboek.api.http.Verzoekparameters;
import nl.samenboek.api.schrijven.Idempotentie;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.AanbevelingStand;
import nl.samenboek.messages.aanbeveling.MeldVoortgang;
import nl.samenboek.messages.aanbeveling.NeemUitstelbesluit;
import nl.samenboek.messages.aanbeveling.NeemVervalbesluit;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.opdracht.Opdrachten;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The 24 recommendations A–X of the nota, their progress and the bestuur's decisions, and the uitvoeringsagenda. */
@RestController
@Tag(name = "uitvoeringsagenda", description = "Aanbevelingen A–X van de nota HLT Samen Verder en hun voortgang")
public class AanbevelingController {

    private static final String PAD = "/api/v1/aanbevelingen";

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Aanbevelingen aanbevelingen;
    private final Opdrachten opdrachten;

    public AanbevelingController(Toegang toegang, Schrijfpad schrijfpad, Aanbevelingen aanbevelingen, Opdrachten opdrachten) {
        this.opdrachten = opdrachten;
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.aanbevelingen = aanbevelingen;
    }

    /**
     * @param stap     the stap it is about; without it the earliest open one
     * @param gemeente on a recommendation each gemeente realises for itself, the gemeente it is about (a college: its own,
     *                 and required); without it every gemeente
     */
    public record VoortgangVerzoek(Voortgangssoort soort, LocalDate datum, String toelichting, Integer stap, String gemeente) {
    }

    /** @param stap the stap whose deadline moves; without it the earliest open one */
    public record UitstelVerzoek(LocalDate datum, LocalDate nieuweDeadline, String reden, Integer stap) {
    }

    public record VervalVerzoek(LocalDate datum, String reden) {
    }

    public record AanbevelingAntwoord(String letter, long versie, @JsonProperty("_links") Map<String, Link> links) {
    }

    /** @param bekendOp only when asked for */
    public record Agenda(LocalDate peildatum, @io.swagger.v3.oas.annotations.media.Schema(nullable = true) Instant bekendOp, List<Aanbevelingen.Agendaregel> aanbevelingen) {
    }

    /**
     * A college or raad sees the ids of the linked opdrachten of its own gemeente only; {@code uren} stays the total
     * (docs/signalen.md: no titles, reasons or ids of another gemeente's opdrachten). The other roles see them all.
     * One lookup for all the lines together.
     */
    private UnaryOperator<Aanbevelingen.Agendaregel> zichtbaar(Gebruiker gebruiker, List<Aanbevelingen.Agendaregel> regels) {
        if (!gebruiker.rol().isPerGemeente()) {
            return UnaryOperator.identity();
        }
        Map<String, List<String>> gemeenten = opdrachten.gemeentenVan(regels.stream().flatMap(r -> r.opdrachten().stream()).toList());
        List<String> eigen = gemeenten.entrySet().stream().filter(e -> e.getValue().contains(gebruiker.gemeente())).map(Map.Entry::getKey)
                .toList();
        return regel -> regel.metOpdrachten(eigen);
    }

    @GetMapping("/api/v1/uitvoeringsagenda")
    @Operation(summary = "De uitvoeringsagenda", description = "Per aanbeveling A–X de status op de peildatum (niet-gestart, "
            + "gestart, gerealiseerd, uitgesteld, vervallen, te-laat), de geldende deadline van de vroegste open stap, de "
            + "stappen van het tijdpad, per gemeente waar elke gemeente haar voor zich realiseert, de laatste voortgang, een "
            + "terugkerende verplichting als {vereist, gehouden, periode} (alleen voltallige gehouden bijeenkomsten tellen) en "
            + "de gekoppelde opdrachten met hun toegezegde uren.")
    public Agenda agenda(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.UITVOERINGSAGENDA_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        List<Aanbevelingen.Agendaregel> agenda = aanbevelingen.agenda(peilmoment);
        return new Agenda(peilmoment.datum(), peilmoment.bekendOp(), agenda.stream().map(zichtbaar(gebruiker, agenda)).toList());
    }

    @GetMapping(PAD)
    @Operation(summary = "De aanbevelingen A–X met hun geschiedenis", description = "Elke aanbeveling met haar stand op de "
            + "peildatum (ook als velden bovenaan: letter, titel, status, …), beoogd resultaat, bron in de nota en elke "
            + "voortgangsmelding en elk besluit dat dan telt.")
    public List<AanbevelingWeergave> lijst(@RequestParam(required = false) String peildatum,
                                                 @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.AANBEVELINGEN_LEZEN);
        List<Aanbevelingen.Aanbeveling> alle = aanbevelingen.alle(Verzoekparameters.peilmoment(peildatum, bekendOp));
        UnaryOperator<Aanbevelingen.Agendaregel> zichtbaar = zichtbaar(gebruiker, alle.stream().map(Aanbevelingen.Aanbeveling::stand).toList());
        return alle.stream().map(a -> AanbevelingWeergave.van(a, zichtbaar)).toList();
    }

    @GetMapping(PAD + "/{letter}")
    @Operation(summary = "Eén aanbeveling met haar geschiedenis", description = "Beoogd resultaat, bron in de nota, stand op "
            + "de peildatum en elke voortgangsmelding en elk besluit dat dan telt.")
    public AanbevelingWeergave een(@PathVariable String letter, @RequestParam(required = false) String peildatum,
                                         @RequestParam(required = false) String bekendOp) {
        Gebruiker gebruiker = toegang.vereis(Handeling.AANBEVELING_LEZEN);
        Peilmoment peilmoment = Verzoekparameters.peilmoment(peildatum, bekendOp);
        return aanbevelingen.aanbeveling(bestaand(letter), peilmoment)
                .map(a -> AanbevelingWeergave.van(a, zichtbaar(gebruiker, List.of(a.stand()))))
                .orElseThrow(() -> new NietGevonden("Aanbeveling " + letter + " bestond op dit peilmoment nog niet."));
    }

    @PostMapping(PAD + "/{letter}/voortgangsmeldingen")
    @Operation(summary = "Voortgang melden", description = "Door directie of bestuur: gestart, voortgang, mijlpaal of "
            + "gerealiseerd, met de datum waarover het gaat en een toelichting, over een stap van het tijdpad (zonder stap: de "
            + "vroegste open stap); gerealiseerd realiseert die stap. Bij een aanbeveling die elke gemeente voor zich realiseert "
            + "(B, H, L, N, P) ook door het college, voor de eigen gemeente (gemeente verplicht); directie en bestuur melden "
            + "voor één gemeente of, zonder gemeente, voor alle.")
    public ResponseEntity<AanbevelingAntwoord> voortgang(@PathVariable String letter, @RequestBody(required = false) VoortgangVerzoek verzoek, Schrijfverzoek schrijf) {
        VoortgangVerzoek v = verzoek;
        return schrijf(Handeling.VOORTGANG_MELDEN, letter, v, schrijf,
                gebruiker -> new MeldVoortgang(letter, v.soort(), v.datum(), v.toelichting(), gebruiker.rol().code(), v.stap(),
                        v.gemeente(), gebruiker.rol().isPerGemeente() ? gebruiker.gemeente() : null));
    }

    @PostMapping(PAD + "/{letter}/uitstelbesluiten")
    @Operation(summary = "Een uitstelbesluit", description = "Door het bestuur: een nieuwe deadline met reden, voor een stap "
            + "van het tijdpad (zonder stap: de vroegste open stap).")
    public ResponseEntity<AanbevelingAntwoord> uitstel(@PathVariable String letter, @RequestBody(required = false) UitstelVerzoek verzoek, Schrijfverzoek schrijf) {
        UitstelVerzoek u = verzoek;
        return schrijf(Handeling.UITSTEL_BESLUITEN, letter, u, schrijf,
                gebruiker -> new NeemUitstelbesluit(letter, u.datum(), u.nieuweDeadline(), u.reden(), u.stap()));
    }

    @PostMapping(PAD + "/{letter}/vervalbesluiten")
    @Operation(summary = "Een vervalbesluit", description = "Door het bestuur: de aanbeveling vervalt, met reden.")
    public ResponseEntity<AanbevelingAntwoord> verval(@PathVariable String letter, @RequestBody(required = false) VervalVerzoek verzoek, Schrijfverzoek schrijf) {
        VervalVerzoek v = verzoek;
        return schrijf(Handeling.VERVAL_BESLUITEN, letter, v, schrijf, gebruiker -> new NeemVervalbesluit(letter, v.datum(), v.reden()));
    }

    private ResponseEntity<AanbevelingAntwoord> schrijf(Handeling handeling, String letter, Object verzoek, Schrijfverzoek schrijf,
                                                        java.util.function.Function<Gebruiker, Object> commando) {
        Gebruiker gebruiker = toegang.vereis(handeling);
        bestaand(letter);
        Idempotentie idempotentie = schrijf.idempotentie(gebruiker, handeling.methode(), handeling.pad().replace("{letter}", letter), verzoek);
        AanbevelingStand stand = schrijfpad.voerUit(commando.apply(gebruiker), idempotentie, gebruiker, AanbevelingStand.class);
        return ResponseEntity.ok().eTag("\"" + stand.versie() + "\"")
                .body(new AanbevelingAntwoord(stand.letter(), stand.versie(), Map.of("self", new Link(PAD + "/" + stand.letter()))));
    }

    private static String bestaand(String letter) {
        if (!letter.matches("[A-X]")) {
            throw new NietGevonden("Er is geen aanbeveling '" + letter + "'; de nota heeft de aanbevelingen A tot en met X.");
        }
        return letter;
    }
}
