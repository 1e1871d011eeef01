package nl.samenboek.cli;

import nl.samenboek.ledger.sleutel.Loopback;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a CLI command reaches an instance: its URL and a token, given or made with the development key in a local data
 * dir (not when an identity provider is configured). A token goes over https, or over plain http only to this machine
 * itself: anywhere else it could be read on the way (docs/operations.md).
 */
class Verbinding {

    @Option(names = "--url", defaultValue = "${env:SAMENBOEK_URL:-http://localhost:8080}", description = "de instantie (standaard http://localhost:8080)")
    String url;

    @Option(names = "--token", defaultValue = "${env:SAMENBOEK_TOKEN}", description = "een bearer-token; zonder token wordt er een gemaakt met de sleutel in --data-dir")
    String token;

    @Option(names = "--data-dir", defaultValue = "${env:SAMENBOEK_DATA_DIR:-./data}", description = "de datamap van een lokale instantie (voor het token)")
    Path dataMap;

    @Option(names = "--oidc-issuer", defaultValue = "${env:SAMENBOEK_OIDC_ISSUER}", hidden = true)
    String uitgever;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code /api/v1} of the instance, without a trailing slash. */
    String api() {
        return url.replaceAll("/+$", "") + "/api/v1";
    }

    /** A request with the token; {@code pad} below {@code /api/v1}. */
    HttpRequest.Builder verzoek(String pad, String rol) {
        URI adres = URI.create(api() + pad);
        if (!Loopback.magGeheimDragen(adres)) {
            throw new OnveiligeVerbinding("Geen token over " + adres.getScheme() + " naar " + adres.getHost() + ": een bearer-token gaat "
                    + "alleen over https, of over http naar deze machine zelf (localhost, 127.0.0.1, [::1]). Gebruik --url https://…");
        }
        return HttpRequest.newBuilder(adres).header("Authorization", "Bearer " + token(rol))
                .timeout(Duration.ofHours(2));
    }

    private String token(String rol) {
        if (token != null && !token.isBlank()) {
            return token;
        }
        var provider = Ontwikkeluitgever.identiteitsprovider(uitgever, dataMap.toAbsolutePath());
        if (provider.isPresent()) {
            throw new OnveiligeVerbinding(Ontwikkeluitgever.weigering(provider.get()));
        }
        return new Tokenmaker(new Sleutelopslag(dataMap.toAbsolutePath()).laadOfMaak(Tokenmaker.SLEUTELNAAM))
                .maak(rol, null, Duration.ofHours(2));
    }

    /** A request the CLI refuses to send; the command ends with exit code {@value TokenCommando#GEWEIGERD} and this message. */
    static final class OnveiligeVerbinding extends RuntimeException {
        OnveiligeVerbinding(String melding) {
            super(melding);
        }
    }
}
