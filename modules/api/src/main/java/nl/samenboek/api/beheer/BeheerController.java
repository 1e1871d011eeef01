package nl.samenboek.api.beheer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Toegang;
import nl.samenboek.projections.verwerking.Herbouw;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** Operations for the beheerder. */
@RestController
@RequestMapping("/api/v1/beheer")
@Tag(name = "beheer", description = "Beheer van de instantie")
public class BeheerController {

    private final Toegang toegang;
    private final Herbouw herbouw;

    public BeheerController(Toegang toegang, Herbouw herbouw) {
        this.toegang = toegang;
        this.herbouw = herbouw;
    }

    @PostMapping("/herbouwingen")
    @Operation(summary = "Alle leesmodellen herbouwen", description = "Door de beheerder: elke projectie wordt geleegd en opnieuw "
            + "opgebouwd uit de event store; het antwoord komt als ze weer bij zijn. De antwoorden zijn daarna gelijk aan die ervoor.")
    public Herbouw.Uitkomst herbouw(@RequestBody(required = false) Map<String, Object> leeg) {
        toegang.vereis(Handeling.PROJECTIES_HERBOUWEN);
        return herbouw.herbouw(Duration.ofMinutes(30));
    }
}
