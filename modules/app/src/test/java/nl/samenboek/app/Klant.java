package nl.samenboek.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client of the API over real HTTP, as a college's or auditor's software would be. Every answer it receives is
 * checked against openapi.json ({@link Contractcontrole}) before the test sees it. The integration tests speak to the
 * API only through this class; the one exception is the samenboek CLI (ExportIT, OntvlechtingIT, ManipulatieIT),
 * which has its own HTTP client in modules/cli: the export and import it calls are also called through this class
 * (GrootboekIT, AutorisatiematrixIT).
 */
public final class Klant {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String basis;
    private final String token;
    private final Map<String, String> koppen = new LinkedHashMap<>();

    public Klant(String basis, String token) {
        this.basis = basis;
        this.token = token;
    }

    /** A copy of this client that also sends the given header with the next requests. */
    public Klant met(String kop, String waarde) {
        Klant kopie = new Klant(basis, token);
        kopie.koppen.putAll(koppen);
        kopie.koppen.put(kop, waarde);
        return kopie;
    }

    public Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    public Antwoord post(String pad, Object lichaam) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(tekst(lichaam))));
    }

    public Antwoord put(String pad, Object lichaam) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(tekst(lichaam))));
    }

    public Antwoord stuur(String methode, String pad, String inhoudstype, String lichaam) {
        HttpRequest.Builder verzoek = verzoek(pad);
        if (inhoudstype != null) {
            verzoek.header("Content-Type", inhoudstype);
        }
        return stuur(verzoek.method(methode, lichaam == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(lichaam)));
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        koppen.forEach(verzoek::header);
        return verzoek;
    }

    /** The body as bytes, for answers that are not text (a PDF). */
    public byte[] bytes(String pad) {
        return ruw(verzoek(pad).GET()).body();
    }

    private static Antwoord stuur(HttpRequest.Builder verzoek) {
        HttpResponse<byte[]> antwoord = ruw(verzoek);
        return new Antwoord(antwoord.statusCode(), antwoord.headers().map(), new String(antwoord.body(), StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> ruw(HttpRequest.Builder bouwer) {
        HttpRequest verzoek = bouwer.build();
        try {
            HttpResponse<byte[]> antwoord = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
            Contractcontrole.controleer(verzoek, antwoord.statusCode(), antwoord.headers().map(), antwoord.body());
            return antwoord;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tekst(Object lichaam) {
        if (lichaam instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(lichaam);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer with its body parsed as JSON where it is JSON. */
    public record Antwoord(int status, Map<String, java.util.List<String>> koppen, String tekst) {

        public JsonNode json() {
            try {
                return JSON.readTree(tekst);
            } catch (IOException e) {
                throw new UncheckedIOException("geen JSON: " + tekst, e);
            }
        }

        /** The names in {@code invalidParams} of a 400 problem. */
        public java.util.List<String> ongeldigeVelden() {
            java.util.List<String> velden = new java.util.ArrayList<>();
            if (status == 400) {
                json().path("invalidParams").forEach(p -> velden.add(p.get("name").asText()));
            }
            return velden;
        }

        public String kop(String naam) {
            return koppen.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + tekst;
        }
    }
}
