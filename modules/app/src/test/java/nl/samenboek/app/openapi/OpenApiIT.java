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
 * The served openapi.json: complete for the contract of API.md, and free of errors under the official Dutch API Design
 * Rules ruleset ({@code ../shared/adr/linter.yaml}, Spectral from the npm registry). Where the ruleset is absent (a
 * clone without ../shared) or npx is not installed, only the lint step is skipped, and the test says so.
 */
class OpenApiIT extends IntegratieTest {

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

    @Test
    void voldoetAanDeApiDesignRules() throws IOException, InterruptedException {
        Path openapi = Path.of("target", "openapi.json").toAbsolutePath();
        Files.createDirectories(openapi.getParent());
        Files.writeString(openapi, anoniem().get("/openapi.json").tekst(), StandardCharsets.UTF_8);

        Path regels = linterRegels();
        Assumptions.assumeTrue(regels != null, "../shared/adr/linter.yaml ontbreekt: de ADR-lint wordt overgeslagen (alleen die stap)");
        Assumptions.assumeTrue(npxAanwezig(), "npx ontbreekt op deze machine: de ADR-lint wordt overgeslagen (alleen die stap)");

        Path uitvoer = Path.of("target", "adr-lint.txt").toAbsolutePath();
        Process spectral = new ProcessBuilder(List.of("npx", "--yes", "@stoplight/spectral-cli@6", "lint", "--fail-severity", "error",
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
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.exists(map.resolve("Makefile"))) {
                Path regels = map.resolveSibling("shared").resolve("adr").resolve("linter.yaml");
                return Files.exists(regels) ? regels : null;
            }
        }
        return null;
    }

    private static boolean npxAanwezig() {
        try {
            return new ProcessBuilder("npx", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
