package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.cli.Samenboek;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export for ontvlechting and audit: the CLI's exporteer writes the grootboek with checkpoints, key and report; an
 * independent verifier written only from API.md (docs/auditor/verifieer.py) accepts every export; tampered or
 * truncated files are rejected by `make -s verifieer`.
 */
class ExportIT extends IntegratieTest {

    @Test
    void deCliExporteertEenGrootboekDatIntactIs(@TempDir Path uit) throws IOException {
        college("lisse").post("/opdrachten", aanvraag("Voor de auditor", "lisse"));
        Uitvoer exporteer = cli("exporteer", "--url", "http://localhost:" + poort, "--gemeente", "lisse",
                "--data-dir", DATAMAP.toString(), "--uit", uit.toString());
        assertThat(exporteer.code()).as(exporteer.tekst()).isZero();
        assertThat(exporteer.tekst()).contains("GELDIG");
        for (String bestand : List.of("grootboek-lisse.ndjson", "grootboek-lisse.checkpoints.json",
                "grootboek-lisse.sleutels.json", "grootboek-lisse.verificatie.json")) {
            assertThat(uit.resolve(bestand)).exists();
        }
        JsonNode rapport = Klant.JSON.readTree(uit.resolve("grootboek-lisse.verificatie.json").toFile());
        assertThat(rapport.at("/verificatieDoorInstantie/geldig").asBoolean()).isTrue();
        assertThat(rapport.at("/verificatieVanBestand/geldig").asBoolean()).isTrue();
        assertThat(rapport.get("controlepunten").asInt()).isPositive();
    }

    @Test
    void eenOnafhankelijkeVerifierAanvaardtElkeExport(@TempDir Path uit) throws Exception {
        Path verifier = hoofdmap().resolve("docs/auditor/verifieer.py");
        Assumptions.assumeTrue(werkt("python3", "--version"), "python3 ontbreekt: de onafhankelijke verifier wordt overgeslagen");
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            Path export = uit.resolve(gemeente + ".ndjson");
            Files.writeString(export, als("auditor").get("/audit/gemeenten/" + gemeente + "/export").tekst());
            Uitvoer python = proces("python3", verifier.toString(), export.toString());
            assertThat(python.code()).as(python.tekst()).isZero();
            assertThat(python.tekst()).startsWith("geldig");
        }
    }

    @Test
    void eenGemanipuleerdOfAfgekaptBestandWordtGeweigerd(@TempDir Path uit) throws Exception {
        for (int i = 0; i < 3; i++) {
            college("hillegom").post("/opdrachten", aanvraag("Voor het afkappen " + i, "hillegom"));
        }
        cli("exporteer", "--url", "http://localhost:" + poort, "--gemeente", "hillegom", "--data-dir", DATAMAP.toString(),
                "--uit", uit.toString());
        Path export = uit.resolve("grootboek-hillegom.ndjson");
        List<String> regels = Files.readAllLines(export);
        assertThat(regels.size()).isGreaterThan(3);

        List<String> gemanipuleerd = new ArrayList<>(regels);
        gemanipuleerd.set(1, regels.get(1).replace("\"naam\":\"Hillegom\"", "\"naam\":\"Hillegom-Noord\"")
                .replace("\"aandelen\":{\"hillegom\":1", "\"aandelen\":{\"hillegom\":9"));
        assertThat(gemanipuleerd.get(1)).isNotEqualTo(regels.get(1));
        Path vervalst = uit.resolve("vervalst.ndjson");
        Files.write(vervalst, gemanipuleerd);
        Uitvoer make = proces("make", "-s", "-C", hoofdmap().toString(), "verifieer", "BESTAND=" + vervalst);
        assertThat(make.code()).as(make.tekst()).isNotZero();
        assertThat(make.tekst()).contains("ONGELDIG vanaf volgnummer 2");

        Path afgekapt = uit.resolve("afgekapt.ndjson");
        Files.write(afgekapt, regels.subList(0, regels.size() - 2));
        Uitvoer zonderControlepunt = proces("make", "-s", "-C", hoofdmap().toString(), "verifieer", "BESTAND=" + afgekapt);
        assertThat(zonderControlepunt.code()).as("zonder controlepunt is een kortere keten niet te herkennen").isZero();
        Uitvoer metControlepunt = proces("make", "-s", "-C", hoofdmap().toString(), "verifieer", "BESTAND=" + afgekapt,
                "CONTROLEPUNTEN=" + uit.resolve("grootboek-hillegom.checkpoints.json"), "SLEUTELS=" + uit.resolve("grootboek-hillegom.sleutels.json"));
        assertThat(metControlepunt.code()).as(metControlepunt.tekst()).isNotZero();
        assertThat(metControlepunt.tekst()).contains("verdwenen");
    }

    private record Uitvoer(int code, String tekst) {
    }

    private static Uitvoer cli(String... argumenten) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream oud = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Samenboek()).execute(argumenten);
            return new Uitvoer(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oud);
        }
    }

    private static Uitvoer proces(String... opdracht) throws IOException, InterruptedException {
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String tekst = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proces.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Uitvoer(proces.exitValue(), tekst);
    }

    private static boolean werkt(String... opdracht) {
        try {
            return new ProcessBuilder(opdracht).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path hoofdmap() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.exists(map.resolve("Makefile"))) {
                return map;
            }
        }
        throw new IllegalStateException("de hoofdmap van samenboek is niet gevonden");
    }
}
