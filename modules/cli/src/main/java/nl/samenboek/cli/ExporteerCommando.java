package nl.samenboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Verificatie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Callable;

/**
 * Exports a gemeente's complete grootboek for an auditor or for ontvlechting: the NDJSON entries, the signed
 * checkpoints, the instance's public key, and a verification report (the instance's own and an offline one over the
 * downloaded file), side by side in one directory.
 */
@Command(name = "exporteer", description = "Exporteer het grootboek van een gemeente met controlepunten, sleutel en verificatierapport.")
class ExporteerCommando implements Callable<Integer> {

    private static final String ROL = "auditor";

    @Option(names = "--gemeente", required = true, description = "de gemeente, bijvoorbeeld lisse")
    String gemeente;

    @Mixin
    Verbinding instantie = new Verbinding();

    @Option(names = "--uit", defaultValue = ".", description = "de map voor de bestanden (standaard de huidige)")
    Path uit;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = GebeurtenisJson.mapper();
        Files.createDirectories(uit);
        String audit = "/audit";

        Path export = uit.resolve("grootboek-" + gemeente + ".ndjson");
        String sha256 = download(audit + "/gemeenten/" + gemeente + "/export", export);

        ArrayNode punten = json.createArrayNode();
        String volgende = "/gemeenten/" + gemeente + "/checkpoints?paginagrootte=100";
        while (volgende != null) {
            JsonNode pagina = json.readTree(haal(audit + volgende));
            pagina.path("_embedded").path("checkpoints").forEach(punten::add);
            String next = pagina.path("_links").path("next").path("href").asText(null);
            volgende = next == null ? null : next.replaceFirst("^/api/v1/audit", "");
        }
        Path controlepunten = uit.resolve("grootboek-" + gemeente + ".checkpoints.json");
        json.writerWithDefaultPrettyPrinter().writeValue(controlepunten.toFile(), punten);
        Path sleutels = uit.resolve("grootboek-" + gemeente + ".sleutels.json");
        Files.writeString(sleutels, haal(audit + "/sleutels"));
        JsonNode doorInstantie = json.readTree(haal(audit + "/gemeenten/" + gemeente + "/verificatie"));

        Verificatie offline = VerifieerCommando.verifieer(export, Controlepuntopties.van(controlepunten, sleutels).laad(), false);

        ObjectNode rapport = json.createObjectNode();
        rapport.put("gemeente", gemeente);
        rapport.put("bron", instantie.url);
        rapport.put("tijdstip", Instant.now().toString());
        rapport.put("bestand", export.getFileName().toString());
        rapport.put("sha256", sha256);
        rapport.put("controlepunten", punten.size());
        rapport.set("verificatieDoorInstantie", doorInstantie);
        rapport.set("verificatieVanBestand", json.valueToTree(offline));
        json.writerWithDefaultPrettyPrinter().writeValue(uit.resolve("grootboek-" + gemeente + ".verificatie.json").toFile(), rapport);

        System.out.println(VerifieerCommando.rapport(offline));
        if (!doorInstantie.path("geldig").asBoolean()) {
            System.out.println("ONGELDIG volgens de instantie vanaf volgnummer " + doorInstantie.at("/eersteFout/volgnummer").asLong()
                    + ": " + doorInstantie.at("/eersteFout/reden").asText());
        }
        System.out.println("Bestanden in " + uit.toAbsolutePath() + ": " + export.getFileName() + ", " + controlepunten.getFileName()
                + ", " + sleutels.getFileName() + ", grootboek-" + gemeente + ".verificatie.json");
        return offline.geldig() && doorInstantie.path("geldig").asBoolean() ? 0 : VerifieerCommando.ONGELDIG;
    }

    private String haal(String pad) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = instantie.http.send(instantie.verzoek(pad, ROL).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new IOException(pad + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return antwoord.body();
    }

    /** Streams the export to disk (constant memory) and returns the file's SHA-256. */
    private String download(String pad, Path doel) throws Exception {
        HttpResponse<InputStream> antwoord = instantie.http.send(instantie.verzoek(pad, ROL).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (antwoord.statusCode() != 200) {
            throw new IOException(pad + " gaf " + antwoord.statusCode() + ": " + new String(antwoord.body().readAllBytes()));
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(antwoord.body(), sha256)) {
            Files.copy(in, doel, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
