package nl.samenboek.api.urenstaat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import nl.samenboek.ledger.uren.Urenboek;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.RegistreerUren;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A weekly timesheet from the time-registration system: every line one urenregistratie, all or none (docs/api.md,
 * urenstaten). Each line is checked as a single registration would be — the opdracht accepted, hours committed for
 * that year, at most 24 hours a day per medewerker over every opdracht, the lines before it in the same file included.
 */
@RestController
@RequestMapping("/api/v1/urenstaten")
@Tag(name = "urenstaten", description = "Urenstaten uit het tijdregistratiesysteem, als CSV")
public class UrenstaatController {

    static final String CSV = "text/csv";

    private final Toegang toegang;
    private final Schrijfpad schrijfpad;
    private final Urenboek urenboek;

    public UrenstaatController(Toegang toegang, Schrijfpad schrijfpad, Urenboek urenboek) {
        this.toegang = toegang;
        this.schrijfpad = schrijfpad;
        this.urenboek = urenboek;
    }

    /** @param regels the lines registered, {@code uren} their total, {@code opdrachten} how many opdrachten they touch */
    public record UrenstaatWeergave(int regels, BigDecimal uren, int opdrachten, List<Registratie> registraties) {
    }

    /** @param regel the line in the file (the header is line 1); {@code versie} the opdracht versie its registration made */
    public record Registratie(int regel, String opdracht, long versie) {
    }

    @PostMapping(consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een urenstaat registreren", description = "Door de directie: CSV met de kop datum;medewerker;opdracht;uren, "
            + "gescheiden door ;, datums als jjjj-mm-dd of dd-mm-jjjj, uren met decimale komma of punt, UTF-8 met of zonder BOM "
            + "(zoals Excel het schrijft), hoogstens 10.000 regels. Elke regel is één urenregistratie met een eigen versie; alle "
            + "regels of geen. Elke foute regel staat in invalidParams als 'regel n' (de kop is regel 1).")
    public ResponseEntity<UrenstaatWeergave> registreer(@RequestBody(required = false) byte[] inhoud, Schrijfverzoek schrijf) {
        Gebruiker gebruiker = toegang.vereis(Handeling.URENSTAAT_REGISTREREN);
        byte[] bestand = inhoud == null ? new byte[0] : inhoud;
        List<Urenstaat.Regel> regels = Urenstaat.lees(bestand);
        List<Object> registraties = regels.stream().map(UrenstaatController::registratie).collect(Collectors.toList());
        try {
            List<Urenboek.Dag> dagen = regels.stream().map(r -> new Urenboek.Dag(r.medewerker(), r.datum())).toList();
            UrenstaatWeergave antwoord = schrijfpad.voerAllesOfNietsUit(registraties, () -> urenboek.leesVooruit(dagen),
                    schrijf.idempotentie(gebruiker, "POST", "/urenstaten", Map.of("csv", HexFormat.of().formatHex(bestand))), gebruiker,
                    resultaten -> weergave(regels, resultaten), UrenstaatWeergave.class);
            return ResponseEntity.status(HttpStatus.CREATED).body(antwoord);
        } catch (Schrijfpad.Weigeringen weigeringen) {
            throw ongeldig(regels, weigeringen.perOpdracht());
        }
    }

    private static RegistreerUren registratie(Urenstaat.Regel regel) {
        return new RegistreerUren(OpdrachtId.van(regel.opdracht()), regel.datum(), regel.uren(), regel.medewerker(), null);
    }

    private static UrenstaatWeergave weergave(List<Urenstaat.Regel> regels, List<Object> resultaten) {
        List<Registratie> registraties = new ArrayList<>();
        for (int i = 0; i < regels.size(); i++) {
            OpdrachtStand stand = (OpdrachtStand) resultaten.get(i);
            registraties.add(new Registratie(regels.get(i).nummer(), stand.id().waarde(), stand.versie()));
        }
        BigDecimal uren = regels.stream().map(Urenstaat.Regel::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
        int opdrachten = (int) regels.stream().map(Urenstaat.Regel::opdracht).distinct().count();
        return new UrenstaatWeergave(regels.size(), uren, opdrachten, registraties);
    }

    /** Every refused line as {@code regel n}, with why, as a single registration would have been told. */
    private static OngeldigeInvoer ongeldig(List<Urenstaat.Regel> regels, Map<Integer, RuntimeException> perRegel) {
        Foutenlijst fouten = new Foutenlijst();
        perRegel.forEach((index, fout) -> fouten.voegToe("regel " + regels.get(index).nummer(), reden(regels.get(index), fout)));
        return new OngeldigeInvoer(fouten.fouten());
    }

    private static String reden(Urenstaat.Regel regel, RuntimeException fout) {
        if (fout instanceof OngeldigeInvoer ongeldig) {
            return ongeldig.parameters().stream().map(p -> p.name() + " " + p.reason()).collect(Collectors.joining("; "));
        }
        if (fout instanceof AggregateNotFoundException) {
            return "opdracht '" + regel.opdracht() + "' bestaat niet";
        }
        return fout.getMessage();
    }
}
