package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.app.Opdrachtregel.Uitvoer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static nl.samenboek.app.Opdrachtregel.hoofdmap;
import static nl.samenboek.app.Opdrachtregel.proces;
import static nl.samenboek.app.Opdrachtregel.samenboek;
import static nl.samenboek.app.Opdrachtregel.werkt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export for ontvlechting and audit: the CLI's exporteer writes the grootboek with checkpoints, key and report; an
 * independent verifier written only from docs/auditor.md (docs/auditor/verifieer.py) accepts every export; tampered or
 * truncated files are rejected by `make -s verifieer`.
 */
class ExportIT extends IntegratieTest {

    @Test
    void deCliExporteertEenGrootboekDatIntactIs(@TempDir Path uit) throws IOException {
        college("lisse").post("/opdrachten", aanvraag("Voor de auditor", "lisse"));
        Uitvoer exporteer = samenboek("exporteer", "--url", "http://localhost:" + poort, "--gemeente", "lisse",
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
        samenboek("exporteer", "--url", "http://localhost:" + poort, "--gemeente", "hillegom", "--data-dir", DATAMAP.toString(),
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

    @Test
    void herbelevenTotEenTijdstipToontDeStandVanToen(@TempDir Path uit) throws Exception {
        String eerste = college("lisse").post("/opdrachten", aanvraag("Herbeleven: eerst", "lisse")).json().get("id").asText();
        Thread.sleep(5);
        String toen = java.time.Instant.now().toString();
        Thread.sleep(5);
        assertThat(directie().post("/opdrachten/" + eerste + "/aanvaardingen", java.util.Map.of()).status()).isEqualTo(200);
        college("lisse").post("/opdrachten", aanvraag("Herbeleven: later", "lisse"));
        Path export = uit.resolve("lisse.ndjson");
        Files.writeString(export, als("auditor").get("/audit/gemeenten/lisse/export").tekst());

        Uitvoer tot = samenboek("herbeleef", "--bestand", export.toString(), "--tot", toen, "--stil");
        assertThat(tot.code()).as(tot.tekst()).isZero();
        assertThat(tot.tekst()).contains("Grootboek van lisse", "Herbeleefd tot " + toen, "Verdeelsleutel vanaf 2017-01-01: hillegom 1, lisse 1, teylingen 2")
                .doesNotContain("Herbeleven: later");
        assertThat(regelMet(tot.tekst(), eerste)).contains("aangevraagd").contains("Herbeleven: eerst");
        assertThat(tot.tekst()).containsPattern("(?m)^  V  \\S+ +deadline 2025-12-31");

        Uitvoer alles = samenboek("herbeleef", "--bestand", export.toString(), "--stil");
        assertThat(alles.code()).isZero();
        assertThat(regelMet(alles.tekst(), eerste)).contains("aanvaard");
        assertThat(alles.tekst()).contains("Herbeleven: later");

        List<String> regels = new ArrayList<>(Files.readAllLines(export));
        regels.set(1, regels.get(1).replace("\"lisse\":1", "\"lisse\":3"));
        Path vervalst = uit.resolve("vervalst.ndjson");
        Files.write(vervalst, regels);
        Uitvoer geweigerd = samenboek("herbeleef", "--bestand", vervalst.toString(), "--stil");
        assertThat(geweigerd.code()).isEqualTo(1);
        assertThat(geweigerd.tekst()).contains("ONGELDIG vanaf volgnummer 2");
    }

    private static String regelMet(String tekst, String id) {
        return tekst.lines().filter(r -> r.contains(id)).findFirst().orElseThrow(() -> new AssertionError(id + " ontbreekt in\n" + tekst));
    }
}
