package nl.samenboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
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

    @Option(names = "--gemeente", required = true, description = "de gemeente, bijvoorbeeld lisse")
    String gemeente;

    @Option(names = "--url", defaultValue = "${env:SAMENBOEK_URL:-http://localhost:8080}", description = "de instantie (standaard http://localhost:8080)")
    String url;

    @Option(names = "--token", defaultValue = "${env:SAMENBOEK_TOKEN}", description = "een auditor-token; zonder token wordt er een gemaakt met de sleutel in --data-dir")
    String token;

    @Option(names = "--data-dir", defaultValue = "${env:SAMENBOEK_DATA_DIR:-./data}", description = "de datamap van een lokale instantie (voor het token)")
    Path dataMap;

    @Option(names = "--uit", defaultValue = ".", description = "de map voor de bestanden (standaard de huidige)")
    Path uit;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = GebeurtenisJson.mapper();
        Files.createDirectories(uit);
        String basis = url.replaceAll("/+$", "") + "/api/v1/audit";
        String sleutel = token != null && !token.isBlank() ? token
                : new Tokenmaker(new Sleutelopslag(dataMap.toAbsolutePath()).laadOfMaak(Tokenmaker.SLEUTELNAAM)).maak("auditor", null, Duration.ofHours(1));

        Path export = uit.resolve("grootboek-" + gemeente + ".ndjson");
        String sha256 = download(basis + "/gemeenten/" + gemeente + "/export", sleutel, export);

        ArrayNode punten = json.createArrayNode();
        String volgende = "/gemeenten/" + gemeente + "/checkpoints?paginagrootte=100";
        while (volgende != null) {
            JsonNode pagina = json.readTree(haal(basis + volgende.replaceFirst("^/api/v1/audit", ""), sleutel));
            pagina.path("_embedded").path("checkpoints").forEach(punten::add);
            String next = pagina.path("_links").path("next").path("href").asText(null);
            volgende = next == null ? null : next.replaceFirst("^/api/v1/audit", "");
        }
        Path controlepunten = uit.resolve("grootboek-" + gemeente + ".checkpoints.json");
        json.writerWithDefaultPrettyPrinter().writeValue(controlepunten.toFile(), punten);
        Path sleutels = uit.resolve("grootboek-" + gemeente + ".sleutels.json");
        Files.writeString(sleutels, haal(basis + "/sleutels", sleutel));
        JsonNode instantie = json.readTree(haal(basis + "/gemeenten/" + gemeente + "/verificatie", sleutel));

        VerifieerCommando verifieer = new VerifieerCommando();
        verifieer.controlepunten = controlepunten;
        verifieer.sleutels = sleutels;
        Verificatie offline = VerifieerCommando.verifieer(export, verifieer.laadControlepunten(), false);

        ObjectNode rapport = json.createObjectNode();
        rapport.put("gemeente", gemeente);
        rapport.put("bron", url);
        rapport.put("tijdstip", Instant.now().toString());
        rapport.put("bestand", export.getFileName().toString());
        rapport.put("sha256", sha256);
        rapport.put("controlepunten", punten.size());
        rapport.set("verificatieDoorInstantie", instantie);
        rapport.set("verificatieVanBestand", json.valueToTree(offline));
        json.writerWithDefaultPrettyPrinter().writeValue(uit.resolve("grootboek-" + gemeente + ".verificatie.json").toFile(), rapport);

        System.out.println(VerifieerCommando.rapport(offline));
        System.out.println("Bestanden in " + uit.toAbsolutePath() + ": " + export.getFileName() + ", " + controlepunten.getFileName()
                + ", " + sleutels.getFileName() + ", grootboek-" + gemeente + ".verificatie.json");
        return offline.geldig() && instantie.path("geldig").asBoolean() ? 0 : VerifieerCommando.ONGELDIG;
    }

    private String haal(String adres, String sleutel) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(verzoek(adres, sleutel), HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new IOException(adres + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return antwoord.body();
    }

    /** Streams the export to disk (constant memory) and returns the file's SHA-256. */
    private String download(String adres, String sleutel, Path doel) throws Exception {
        HttpResponse<InputStream> antwoord = http.send(verzoek(adres, sleutel), HttpResponse.BodyHandlers.ofInputStream());
        if (antwoord.statusCode() != 200) {
            throw new IOException(adres + " gaf " + antwoord.statusCode() + ": " + new String(antwoord.body().readAllBytes()));
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(antwoord.body(), sha256)) {
            Files.copy(in, doel, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static HttpRequest verzoek(String adres, String sleutel) {
        return HttpRequest.newBuilder(URI.create(adres)).header("Authorization", "Bearer " + sleutel)
                .timeout(Duration.ofMinutes(30)).GET().build();
    }
}
