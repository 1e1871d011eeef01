package nl.samenboek.api.beveiliging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import nl.samenboek.ledger.sleutel.Loopback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The signing keys of the configured OpenID Connect provider (docs/operations.md). At first need, the provider's
 * discovery document ({@code <issuer>/.well-known/openid-configuration}) names its {@code issuer} — which must be
 * exactly the configured one — and its {@code jwks_uri}; the key set is then cached for five minutes, and fetched
 * anew when a token names a key id ({@code kid}) the cache does not have, which is how a provider's key rotation
 * arrives. Fetches are rate-limited (at most two per 30 seconds), so tokens with made-up key ids cannot make samenboek
 * hammer the provider (a key id still unknown then makes the token bad: 401); while the provider is unreachable the last key set serves for up to an hour. A failed discovery
 * is tried again at most every ten seconds.
 */
final class Uitgeversleutels implements JWKSource<SecurityContext> {

    private static final Logger LOG = LoggerFactory.getLogger(Uitgeversleutels.class);
    private static final Duration WACHTTIJD = Duration.ofSeconds(10);
    private static final int MAXIMALE_GROOTTE = 1 << 20;

    private final String uitgever;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile JWKSource<SecurityContext> bron;
    private volatile long volgendePoging;

    Uitgeversleutels(String uitgever) {
        this.uitgever = uitgever;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        try {
            return bron().get(selector, context);
        } catch (RateLimitReachedException zojuistOpgehaald) {
            // the key set is at most seconds old and has no such key: a bad token (401), not an unreachable provider
            return List.of();
        }
    }

    private JWKSource<SecurityContext> bron() throws KeySourceException {
        JWKSource<SecurityContext> gevonden = bron;
        if (gevonden != null) {
            return gevonden;
        }
        synchronized (this) {
            if (bron != null) {
                return bron;
            }
            if (System.nanoTime() - volgendePoging < 0) {
                throw new RemoteKeySourceException("de identiteitsprovider " + uitgever + " was zojuist niet bereikbaar", null);
            }
            try {
                bron = ontdek();
                return bron;
            } catch (IOException | RuntimeException e) {
                volgendePoging = System.nanoTime() + WACHTTIJD.toNanos();
                LOG.warn("De identiteitsprovider {} is niet te ontdekken: {}", uitgever, e.getMessage());
                throw new RemoteKeySourceException("de identiteitsprovider " + uitgever + " is niet te ontdekken: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteKeySourceException("onderbroken", e);
            }
        }
    }

    private JWKSource<SecurityContext> ontdek() throws IOException, InterruptedException {
        URI adres = URI.create(uitgever.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        HttpResponse<InputStream> antwoord = http.send(HttpRequest.newBuilder(adres).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] inhoud;
        try (InputStream in = antwoord.body()) {
            inhoud = in.readNBytes(MAXIMALE_GROOTTE + 1);
        }
        if (antwoord.statusCode() != 200) {
            throw new IOException(adres + " gaf " + antwoord.statusCode());
        }
        if (inhoud.length > MAXIMALE_GROOTTE) {
            throw new IOException(adres + " is groter dan 1 MB");
        }
        JsonNode metadata = new ObjectMapper().readTree(inhoud);
        String genoemd = metadata.path("issuer").asText("");
        if (!uitgever.equals(genoemd)) {
            throw new IOException("het discovery-document noemt issuer '" + genoemd + "', niet de ingestelde '" + uitgever + "'");
        }
        URI sleutels = URI.create(metadata.path("jwks_uri").asText(""));
        if (!Loopback.magGeheimDragen(sleutels)) {
            throw new IOException("jwks_uri '" + sleutels + "' is geen https (http alleen op loopback)");
        }
        LOG.info("Identiteitsprovider {}: sleutels van {}", uitgever, sleutels);
        return JWKSourceBuilder.<SecurityContext>create(sleutels.toURL(), new DefaultResourceRetriever(5_000, 10_000, MAXIMALE_GROOTTE))
                .cache(Duration.ofMinutes(5).toMillis(), Duration.ofSeconds(15).toMillis())
                .rateLimited(Duration.ofSeconds(30).toMillis())
                .outageTolerant(Duration.ofHours(1).toMillis())
                .retrying(true)
                .build();
    }
}
