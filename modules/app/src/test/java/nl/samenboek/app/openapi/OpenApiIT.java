package nl.samenboek.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served openapi.json: complete for the contract of docs/api.md, the same as docs/openapi.json, and free of errors
 * and warnings under the official Dutch API Design Rules ruleset ({@code ../shared/adr/linter.yaml}, Spectral from the npm registry). Where the ruleset is absent (a
 * clone without ../shared) or npx is not installed, only the lint step is skipped, and the test says so.
 */
class OpenApiIT extends IntegratieTest {

    /** {@code -Dsamenboek.openapi.bijwerken=true}: rewrite docs/openapi.json instead of comparing. */
    static final String BIJWERKEN = "samenboek.openapi.bijwerken";

    /**
     * springdoc falls back to a bare {@code {"type": "object"}} when it cannot describe a type (a name taken twice, a
     * converter that failed): a client generated from that gets no fields at all. Only the empty request body is empty.
     */
    @Test
    void elkSchemaBeschrijftZijnVelden() {
        JsonNode schemas = anoniem().get("/openapi.json").json().at("/components/schemas");
        List<String> leeg = new java.util.ArrayList<>();
        schemas.fieldNames().forEachRemaining(naam -> {
            JsonNode schema = schemas.get(naam);
            if ("object".equals(schema.path("type").asText()) && !schema.has("properties") && !schema.has("additionalProperties")
                    && !schema.has("allOf") && !naam.equals("LeegVerzoek")) {
                leeg.add(naam);
            }
        });
        assertThat(leeg).as("schema's zonder velden").isEmpty();
    }

    @Test
    void beschrijftHetContractMetVersieInDeServerUrl() {
        Klant.Antwoord antwoord = anoniem().get("/openapi.json");
        assertThat(antwoord.status()).isEqualTo(200);
        JsonNode openapi = antwoord.json();
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.at("/servers/0/url").asText()).endsWith("/api/v1");
        assertThat(openapi.get("paths").has("/opdrachten/{id}/toezeggingen")).isTrue();
        assertThat(openapi.get("paths").has("/api/v1/opdrachten")).isFalse();
        assertThat(openapi.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        for (String aanmaken : List.of("/opdrachten", "/opdrachten/{id}/outputafspraken", "/opdrachten/{id}/outcomeafspraken",
                "/bijeenkomsten", "/medewerkers")) {
            JsonNode antwoorden = openapi.get("paths").get(aanmaken).at("/post/responses");
            assertThat(antwoorden.has("201")).as(aanmaken + " documenteert 201").isTrue();
            assertThat(antwoorden.has("200")).as(aanmaken + " antwoordt niet met 200").isFalse();
            assertThat(antwoorden.at("/201/headers").has("Location")).as(aanmaken + " noemt Location").isTrue();
            assertThat(antwoorden.at("/201/headers").has("API-Version")).isTrue();
        }
        assertThat(openapi.at("/paths/~1opdrachten/post/responses/400/content").has("application/problem+json")).isTrue();
        assertThat(openapi.at("/paths/~1groeimodel/get/responses").has("404")).as("onbekende gemeente").isTrue();
        assertThat(openapi.at("/paths/~1opdrachten/get/responses").has("503")).as("ook een lezing kan de database missen").isTrue();
        openapi.get("paths").fieldNames().forEachRemaining(pad -> {
            if (pad.startsWith("/pc-documenten") || pad.endsWith("/export")) {
                assertThat(openapi.get("paths").get(pad).at("/get/responses").has("406")).as(pad + " noemt 406").isTrue();
            }
        });
    }

    /**
     * docs/openapi.json is the description as served, pretty-printed with sorted keys: the file colleges and the
     * generated client of KlantgeneratorIT read. {@code make openapi} rewrites it from the running code.
     */
    @Test
    void docsOpenapiJsonIsWatGeserveerdWordt() throws IOException {
        Path opgeslagen = repository().resolve("docs").resolve("openapi.json");
        String geserveerd = Beschrijving.netjes(anoniem().get("/openapi.json").tekst());
        if (Boolean.getBoolean(BIJWERKEN)) {
            Files.writeString(opgeslagen, geserveerd, StandardCharsets.UTF_8);
            System.out.println("docs/openapi.json bijgewerkt");
            return;
        }
        assertThat(Files.exists(opgeslagen) ? Files.readString(opgeslagen, StandardCharsets.UTF_8) : "")
                .as("docs/openapi.json wijkt af van de beschrijving die de API serveert; werk hem bij met `make openapi` "
                        + "(mvn -pl modules/app -am verify -Dtest=OpenApiIT -Dsurefire.failIfNoSpecifiedTests=false -D" + BIJWERKEN
                        + "=true) en bekijk het verschil")
                .isEqualTo(geserveerd);
    }

    @Test
    void voldoetAanDeApiDesignRules() throws IOException, InterruptedException {
        Path openapi = Path.of("target", "openapi.json").toAbsolutePath();
        Files.createDirectories(openapi.getParent());
        Files.writeString(openapi, anoniem().get("/openapi.json").tekst(), StandardCharsets.UTF_8);

        Path regels = linterRegels();
        Assumptions.assumeTrue(regels != null, "../shared/adr/linter.yaml ontbreekt: de ADR-lint wordt overgeslagen (alleen die stap)");
        Assumptions.assumeTrue(npxAanwezig(), "npx ontbreekt op deze machine: de ADR-lint wordt overgeslagen (alleen die stap)");

        Path uitvoer = Path.of("target", "adr-lint.txt").toAbsolutePath();
        Process spectral = new ProcessBuilder(List.of("npx", "--yes", "@stoplight/spectral-cli@6", "lint", "--fail-severity", "warn",
                "-r", regels.toString(), openapi.toString()))
                .redirectErrorStream(true).redirectOutput(uitvoer.toFile()).start();
        assertThat(spectral.waitFor(10, TimeUnit.MINUTES)).as("spectral klaar binnen 10 minuten").isTrue();
        String rapport = Files.readString(uitvoer);
        System.out.println("ADR-lint van openapi.json:\n" + rapport);
        assertThat(spectral.exitValue()).as("Spectral met de API Design Rules meldt fouten:\n" + rapport).isZero();
    }

    /** ../shared/adr/linter.yaml beside the repository root, or SAMENBOEK_ADR_LINTER. */
    static Path linterRegels() {
        String opgegeven = System.getenv("SAMENBOEK_ADR_LINTER");
        if (opgegeven != null && Files.exists(Path.of(opgegeven))) {
            return Path.of(opgegeven).toAbsolutePath();
        }
        Path regels = repository().resolveSibling("shared").resolve("adr").resolve("linter.yaml");
        return Files.exists(regels) ? regels : null;
    }

    /** The repository's root directory (with Makefile and modules/). */
    static Path repository() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.exists(map.resolve("Makefile"))) {
                return map;
            }
        }
        throw new IllegalStateException("geen repository boven " + Path.of("").toAbsolutePath());
    }

    private static boolean npxAanwezig() {
        try {
            return new ProcessBuilder("npx", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
