package nl.samenboek.api.medewerker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.schrijven.IdempotentieOpslag;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.ledger.medewerker.Medewerker;
import nl.samenboek.ledger.medewerker.Medewerkerregister;
import nl.samenboek.messages.fout.NietGevonden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The erasable register behind the pseudonymous medewerker ids in urenregistraties (docs/architecture.md, personal data). Hours are
 * registered under the pseudonym this register hands out; erasing the person leaves every grootboek valid, because no
 * event ever held the name.
 */
@RestController
@RequestMapping(MedewerkerController.PAD)
@Tag(name = "medewerkers", description = "Pseudoniemen van medewerkers; de naam staat buiten het grootboek en is wisbaar")
public class MedewerkerController {

    static final String PAD = "/api/v1/medewerkers";

    private final Toegang toegang;
    private final Medewerkerregister register;
    private final Schrijfpad schrijfpad;
    private final IdempotentieOpslag idempotentie;

    public MedewerkerController(Toegang toegang, Medewerkerregister register, Schrijfpad schrijfpad, IdempotentieOpslag idempotentie) {
        this.toegang = toegang;
        this.register = register;
        this.schrijfpad = schrijfpad;
        this.idempotentie = idempotentie;
    }

    public record MedewerkerVerzoek(String naam) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // so openapi.json documents 201 with Location
    @Operation(summary = "Een medewerker registreren", description = "Geeft een willekeurig pseudoniem terug; uren worden "
            + "onder dat pseudoniem geregistreerd. De naam komt nooit in een gebeurtenis.")
    public ResponseEntity<Medewerker> registreer(@RequestBody(required = false) MedewerkerVerzoek verzoek, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.MEDEWERKER_REGISTREREN);
        // only the pseudonym is kept with the key (never the name), and it is forgotten when the person is erased
        String pseudoniem = schrijfpad.eenmalig(schrijf.idempotentie(gebruiker, "POST", "/medewerkers", verzoek),
                () -> register.registreer(verzoek.naam()).pseudoniem(), String.class);
        Medewerker medewerker = register.zoek(pseudoniem).orElseThrow(() -> onbekend(pseudoniem));
        return ResponseEntity.created(URI.create(PAD + "/" + medewerker.pseudoniem())).body(medewerker);
    }

    @GetMapping("/{pseudoniem}")
    @Operation(summary = "Wie achter een pseudoniem zit", description = "404 als het pseudoniem onbekend of gewist is.")
    public Medewerker lees(@PathVariable String pseudoniem) {
        toegang.vereis(Handeling.MEDEWERKER_LEZEN);
        return register.zoek(pseudoniem).orElseThrow(() -> onbekend(pseudoniem));
    }

    @DeleteMapping("/{pseudoniem}")
    @ResponseStatus(HttpStatus.NO_CONTENT) // so openapi.json documents 204, the answer it gives
    @Operation(summary = "Een medewerker wissen", description = "Verwijdert de koppeling pseudoniem → persoon (recht op "
            + "vergetelheid). De gebeurtenissen houden alleen het pseudoniem; elk grootboek blijft geldig.")
    public ResponseEntity<Void> wis(@PathVariable String pseudoniem) {
        toegang.vereis(Handeling.MEDEWERKER_WISSEN);
        if (!register.wis(pseudoniem)) {
            throw onbekend(pseudoniem);
        }
        idempotentie.vergeet(pseudoniem);
        return ResponseEntity.noContent().build();
    }

    private static NietGevonden onbekend(String pseudoniem) {
        return new NietGevonden("Er is geen medewerker met pseudoniem '" + pseudoniem + "' (meer).");
    }
}
