package nl.samenboek.api.aanmelding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Rol;
import nl.samenboek.ledger.sleutel.Loopback;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.projections.gemeente.Gemeenten;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the web application's sign-in page needs before anyone is signed in (docs/web.md): the ways to sign in, the
 * gemeenten, and the role table so each page calls only what the signed-in rol may use. And, for development only,
 * a local token for a chosen rol and gemeente — the same key and claims as {@code make token}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "aanmelding", description = "Aanmelden in de webapplicatie; ontwikkeltokens alleen lokaal")
public class AanmeldingController {

    /** Shorter than the longest lifetime a token may have (docs/operations.md): a working day. */
    static final Duration GELDIGHEID = Duration.ofHours(8);
    private static final List<String> DOORSTUURKOPPEN = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

    private final ObjectProvider<Tokenmaker> tokenmaker;
    private final Gemeenten gemeenten;
    private final String uitgever;
    private final String clientId;

    public AanmeldingController(ObjectProvider<Tokenmaker> tokenmaker, Gemeenten gemeenten,
                                @Value("${samenboek.oidc.issuer:}") String uitgever,
                                @Value("${samenboek.oidc.client-id:}") String clientId) {
        this.tokenmaker = tokenmaker;
        this.gemeenten = gemeenten;
        this.uitgever = uitgever.strip();
        this.clientId = clientId.strip();
    }

    /** @param clientId the web application's client at the provider, for the authorization-code flow with PKCE */
    public record Oidc(String issuer, String clientId) {
    }

    public record GemeenteKeuze(String code, String naam) {
    }

    public record Recht(String methode, String pad, List<String> rollen) {
    }

    /**
     * @param ontwikkeltokens whether {@code POST /ontwikkeltokens} works for this caller: local issuer on and a request from this machine
     * @param oidc            the provider and client for {@code Inloggen met de gemeente}, or null
     */
    public record Aanmeldopties(boolean ontwikkeltokens, @Schema(nullable = true) Oidc oidc, List<GemeenteKeuze> gemeenten, List<String> rollen,
                                List<Recht> rechten) {
    }

    public record OntwikkeltokenVerzoek(String rol, String gemeente) {
    }

    /** @param gemeente for college and raad; otherwise null */
    public record Ontwikkeltoken(String token, String rol, @Schema(nullable = true) String gemeente, Instant verloopt) {
    }

    @GetMapping("/aanmeldopties")
    @SecurityRequirements
    @Operation(summary = "Hoe men kan aanmelden", description = "Openbaar, zonder token: voor de aanmeldpagina van de "
            + "webapplicatie. Zegt of een ontwikkeltoken hier kan (alleen zonder identiteitsprovider en vanaf deze machine), en "
            + "met welke identiteitsprovider en client-id 'Inloggen met de gemeente' de authorization-code-flow met PKCE doet; "
            + "met de gemeenten en de autorisatietabel (welke rol welk eindpunt mag gebruiken).")
    public Aanmeldopties aanmeldopties(HttpServletRequest verzoek) {
        Oidc oidc = uitgever.isEmpty() || clientId.isEmpty() ? null : new Oidc(uitgever, clientId);
        List<GemeenteKeuze> keuze = gemeenten.lijst(Peilmoment.nu()).stream()
                .filter(g -> g.uitgetredenOp() == null)
                .map(g -> new GemeenteKeuze(g.code(), g.naam())).toList();
        List<Recht> rechten = Arrays.stream(Handeling.values())
                .map(h -> new Recht(h.methode(), h.pad(), h.rollen().stream().map(Rol::code).sorted().toList())).toList();
        return new Aanmeldopties(tokenmaker.getIfAvailable() != null && vanDezeMachine(verzoek), oidc, keuze,
                Arrays.stream(Rol.values()).map(Rol::code).toList(), rechten);
    }

    @PostMapping("/ontwikkeltokens")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Een ontwikkeltoken maken (alleen voor ontwikkeling)", description = "Zonder token, maar alleen in de "
            + "ingebedde ontwikkelstand: zonder SAMENBOEK_OIDC_ISSUER, en alleen voor een verzoek van deze machine zelf "
            + "(loopback, Host localhost, niet doorgestuurd door een proxy). Met een identiteitsprovider 404; van elders 403. "
            + "Het token is als dat van 'make token': ondertekend met de sleutel van deze instantie, 8 uur geldig. "
            + "Slaat niets op; een Idempotency-Key heeft geen effect.")
    public ResponseEntity<Ontwikkeltoken> maak(@RequestBody(required = false) OntwikkeltokenVerzoek verzoek,
                                               HttpServletRequest http) {
        Tokenmaker maker = tokenmaker.getIfAvailable();
        if (maker == null) {
            throw new NietGevonden("Ontwikkeltokens bestaan alleen zonder identiteitsprovider; meld u aan bij de gemeente.");
        }
        if (!vanDezeMachine(http)) {
            throw new Verboden("ontwikkeltoken.alleen-lokaal", "Een ontwikkeltoken wordt alleen gemaakt voor een verzoek van deze machine zelf.");
        }
        if (verzoek == null) {
            throw new OngeldigeInvoer("rol", "De rol ontbreekt.");
        }
        Rol rol = Code.zoek(Rol.class, verzoek.rol())
                .orElseThrow(() -> new OngeldigeInvoer("rol", "Onbekende rol; toegestaan: " + Code.toegestaan(Rol.class) + "."));
        String gemeente = verzoek.gemeente();
        if (rol.isPerGemeente()) {
            if (gemeente == null || gemeenten.gemeente(gemeente, Peilmoment.nu()).isEmpty()) {
                throw new OngeldigeInvoer("gemeente", "Een " + rol.code() + " hoort bij een gemeente van de samenwerking.");
            }
        } else if (gemeente != null) {
            throw new OngeldigeInvoer("gemeente", "De rol " + rol.code() + " hoort niet bij één gemeente.");
        }
        Instant nu = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = maker.maak(rol.code(), gemeente, nu, nu.plus(GELDIGHEID));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new Ontwikkeltoken(token, rol.code(), gemeente, nu.plus(GELDIGHEID)));
    }

    /**
     * From this machine itself: a loopback peer, a loopback Host (a page of another site that rebinds its name to
     * 127.0.0.1 still sends its own name) and no proxy in between (a reverse proxy on this machine is a loopback peer too).
     */
    static boolean vanDezeMachine(HttpServletRequest verzoek) {
        for (String kop : DOORSTUURKOPPEN) {
            if (verzoek.getHeader(kop) != null) {
                return false;
            }
        }
        return Loopback.isLoopback(verzoek.getRemoteAddr()) && Loopback.isLoopback(host(verzoek.getHeader(HttpHeaders.HOST)));
    }

    private static String host(String kop) {
        if (kop == null) {
            return null;
        }
        String waarde = kop.strip().toLowerCase(Locale.ROOT);
        if (waarde.startsWith("[")) {
            int einde = waarde.indexOf(']');
            return einde < 0 ? null : waarde.substring(0, einde + 1);
        }
        int dubbelepunt = waarde.indexOf(':');
        return dubbelepunt < 0 ? waarde : waarde.substring(0, dubbelepunt);
    }
}
