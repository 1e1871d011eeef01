package nl.samenboek.app;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Checks every answer {@link Klant} receives against the served openapi.json, so a client generated from that
 * description can read every answer the tests provoke: the status is documented for the operation, the Content-Type
 * is one it lists, the documented headers have their documented form, and the body fits the schema (types, formats,
 * enums, required and nullable fields, no undocumented fields). Only answers are checked: the tests send invalid
 * requests on purpose.
 * <p>
 * The description is fetched from the first instance a test speaks to and parsed once per JVM. A mismatch throws an
 * {@link AssertionError} naming the request, the answer and the schema, so the test that caused it fails; each one
 * is also appended to {@code target/contractcontrole.txt}. Answers outside {@code /api/v1} (actuator) and the
 * description itself are not part of the contract. A path or method the description does not have may only be
 * refused, as problem+json (401, 403, 404 or 405).
 */
public final class Contractcontrole {

    static final String BASISPAD = "/api/v1";
    private static final String BESCHRIJVING = BASISPAD + "/openapi.json";
    private static final Set<Integer> WEIGERINGEN = Set.of(401, 403, 404, 405);
    private static final Path VERSLAG = Path.of("target", "contractcontrole.txt");
    private static final AtomicLong GECONTROLEERD = new AtomicLong();
    private static volatile OpenApiInteractionValidator validator;
    private static volatile JsonNode paden;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (GECONTROLEERD.get() > 0) {
                System.out.println("Contractcontrole: " + GECONTROLEERD.get() + " antwoorden gecontroleerd tegen openapi.json");
            }
        }));
    }

    private Contractcontrole() {
    }

    /** Fails (AssertionError) when the answer to this request does not match openapi.json. */
    static void controleer(HttpRequest verzoek, int status, Map<String, List<String>> koppen, byte[] lichaam) {
        String pad = verzoek.uri().getRawPath();
        if (!pad.startsWith(BASISPAD + "/") || pad.equals(BESCHRIJVING)) {
            return;
        }
        SimpleResponse.Builder antwoord = SimpleResponse.Builder.status(status);
        koppen.forEach((naam, waarden) -> {
            if (!naam.startsWith(":")) {
                antwoord.withHeader(naam, waarden);
            }
        });
        if (lichaam.length > 0) {
            antwoord.withBody(lichaam);
        }
        ValidationReport verslag = validator(verzoek.uri()).validateResponse(pad, Request.Method.valueOf(verzoek.method()), antwoord.build());
        GECONTROLEERD.incrementAndGet();
        List<ValidationReport.Message> fouten = verslag.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        if (fouten.isEmpty()) {
            return;
        }
        String inhoudstype = koppen.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
        if (fouten.stream().allMatch(Contractcontrole::gaatOverDePlaats)) {
            if (WEIGERINGEN.contains(status) && inhoudstype.startsWith("application/problem+json")) {
                return;
            }
        }
        String tekst = new String(lichaam, StandardCharsets.UTF_8);
        String melding = "Het antwoord past niet bij openapi.json: " + verzoek.method() + " " + verzoek.uri().getRawPath()
                + (verzoek.uri().getRawQuery() == null ? "" : "?" + verzoek.uri().getRawQuery()) + " → " + status + " " + inhoudstype
                + fouten.stream().map(Contractcontrole::beschrijf).collect(Collectors.joining("", "", ""))
                + "\n  lichaam: " + (tekst.length() > 2000 ? tekst.substring(0, 2000) + "…" : tekst);
        schrijfInVerslag(melding);
        throw new AssertionError(melding);
    }

    /** The description itself, fetched once per JVM from the instance the first test speaks to. */
    private static OpenApiInteractionValidator validator(URI adres) {
        if (validator == null) {
            synchronized (Contractcontrole.class) {
                if (validator == null) {
                    String beschrijving = beschrijving(adres.resolve(BESCHRIJVING));
                    paden = leesPaden(beschrijving);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(beschrijving)
                            .withLevelResolver(LevelResolver.create()
                                    // answers only: requests are often invalid on purpose
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static String beschrijving(URI adres) {
        try {
            HttpResponse<String> antwoord = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(adres).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new AssertionError("openapi.json niet te lezen op " + adres + ": " + antwoord.statusCode());
            }
            return antwoord.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A path or method the description does not have at all. */
    private static boolean gaatOverDePlaats(ValidationReport.Message melding) {
        return melding.getKey().equals("validation.request.path.missing") || melding.getKey().equals("validation.request.operation.notAllowed");
    }

    private static String beschrijf(ValidationReport.Message melding) {
        ValidationReport.MessageContext context = melding.getContext().orElse(ValidationReport.MessageContext.empty());
        String operatie = context.getApiOperation().map(o -> o.getMethod() + " " + o.getApiPath().original()).orElse("?");
        String schema = context.getApiOperation().flatMap(o -> context.getResponseStatus().map(status -> schemaVan(o, status))).orElse("");
        String wijzer = context.getPointers().map(p -> " (schema " + p.getSchema() + ")").orElse("");
        return "\n  - [" + melding.getKey() + "] " + operatie + (schema.isEmpty() ? "" : " (" + schema + ")") + ": "
                + melding.getMessage() + wijzer;
    }

    /** The schema each media type of the documented answer names, for instance {@code application/json → Agenda}. */
    private static String schemaVan(ApiOperation operatie, int status) {
        JsonNode antwoorden = paden.path(operatie.getApiPath().original()).path(operatie.getMethod().name().toLowerCase())
                .path("responses");
        JsonNode inhoud = antwoorden.path(String.valueOf(status)).path("content");
        List<String> namen = new java.util.ArrayList<>();
        inhoud.fields().forEachRemaining(e -> {
            String verwijzing = e.getValue().path("schema").path("$ref").asText("");
            namen.add(e.getKey() + " → " + (verwijzing.isEmpty() ? "inline" : verwijzing.substring(verwijzing.lastIndexOf('/') + 1)));
        });
        return namen.isEmpty() ? "" : String.join(", ", namen);
    }

    private static JsonNode leesPaden(String beschrijving) {
        try {
            return Klant.JSON.readTree(beschrijving).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void schrijfInVerslag(String melding) {
        try {
            Files.createDirectories(VERSLAG.toAbsolutePath().getParent());
            Files.writeString(VERSLAG, melding + "\n\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the AssertionError still reports it
        }
    }
}
