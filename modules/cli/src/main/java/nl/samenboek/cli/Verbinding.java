package nl.samenboek.cli;

import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

/** How a CLI command reaches an instance: its URL and a token, given or made with the key in a local data dir. */
class Verbinding {

    @Option(names = "--url", defaultValue = "${env:SAMENBOEK_URL:-http://localhost:8080}", description = "de instantie (standaard http://localhost:8080)")
    String url;

    @Option(names = "--token", defaultValue = "${env:SAMENBOEK_TOKEN}", description = "een bearer-token; zonder token wordt er een gemaakt met de sleutel in --data-dir")
    String token;

    @Option(names = "--data-dir", defaultValue = "${env:SAMENBOEK_DATA_DIR:-./data}", description = "de datamap van een lokale instantie (voor het token)")
    Path dataMap;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code /api/v1} of the instance, without a trailing slash. */
    String api() {
        return url.replaceAll("/+$", "") + "/api/v1";
    }

    /** A request with the token; {@code pad} below {@code /api/v1}. */
    HttpRequest.Builder verzoek(String pad, String rol) {
        return HttpRequest.newBuilder(URI.create(api() + pad)).header("Authorization", "Bearer " + token(rol))
                .timeout(Duration.ofHours(2));
    }

    private String token(String rol) {
        if (token != null && !token.isBlank()) {
            return token;
        }
        return new Tokenmaker(new Sleutelopslag(dataMap.toAbsolutePath()).laadOfMaak(Tokenmaker.SLEUTELNAAM))
                .maak(rol, null, Duration.ofHours(2));
    }
}
