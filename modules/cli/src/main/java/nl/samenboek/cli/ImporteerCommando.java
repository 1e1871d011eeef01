package nl.samenboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import me.tongfei.progressbar.ProgressBar;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.overdracht.Importherkomst;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Takes a gemeente's exported grootboek into a fresh instance (ontvlechting): verifies the file first (against the
 * signed checkpoints when given), streams it to the instance, and checks that the instance now holds the same chain.
 */
@Command(name = "importeer", description = "Importeer het geëxporteerde grootboek van een gemeente in een nieuwe, lege instantie "
        + "(gestart met SAMENBOEK_STARTGEGEVENS=uit).")
class ImporteerCommando implements Callable<Integer> {

    static final int GEWEIGERD = 3;

    @Option(names = {"--bestand", "-b"}, required = true, description = "het exportbestand (NDJSON)")
    Path bestand;

    @Mixin
    Controlepuntopties controlepunten = new Controlepuntopties();

    @Mixin
    Verbinding instantie = new Verbinding();

    @Option(names = "--stil", description = "geen voortgangsbalk")
    boolean stil;

    @Override
    public Integer call() throws Exception {
        List<Controlepunt> geldig = controlepunten.laad();
        Verificatie bestandscontrole = VerifieerCommando.verifieer(bestand, geldig, stil);
        System.out.println(VerifieerCommando.rapport(bestandscontrole));
        if (!bestandscontrole.geldig()) {
            System.err.println("Niet geïmporteerd: het bestand is niet intact.");
            return VerifieerCommando.ONGELDIG;
        }
        Optional<String> herkomst = controlepunten.herkomst(geldig, bestandscontrole.aantal());
        if (herkomst.isEmpty()) {
            System.err.println("Niet geïmporteerd: een import vereist de herkomst, een ondertekend controlepunt binnen het bestand en "
                    + "de sleutel die het ondertekende (--controlepunten en --sleutels, zoals exporteer ze bewaart).");
            return GEWEIGERD;
        }
        HttpResponse<String> antwoord;
        try (ProgressBar balk = Voortgang.balk("importeren", Files.size(bestand), stil)) {
            HttpRequest verzoek = instantie.verzoek("/beheer/importen", "beheerder")
                    .header("Content-Type", "application/x-ndjson")
                    .header(Importherkomst.KOP, herkomst.get())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> geteld(bestand, balk)))
                    .build();
            antwoord = instantie.http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        }
        if (antwoord.statusCode() != 200) {
            System.err.println("De instantie weigerde de import (" + antwoord.statusCode() + "): " + antwoord.body());
            return GEWEIGERD;
        }
        JsonNode uitkomst = GebeurtenisJson.mapper().readTree(antwoord.body());
        boolean gelijk = uitkomst.path("aantal").asLong() == bestandscontrole.aantal()
                && bestandscontrole.hoofdHash().equals(uitkomst.path("hoofdHash").asText());
        System.out.println((gelijk ? "GEÏMPORTEERD: " : "AFWIJKEND: ") + "grootboek van " + uitkomst.path("gemeente").asText()
                + " in " + instantie.url + ", " + uitkomst.path("aantal").asLong() + " regels, hoofdHash "
                + uitkomst.path("hoofdHash").asText());
        JsonNode punt = uitkomst.path("herkomst");
        System.out.println("HERKOMST: controlepunt bij regel " + punt.path("aantal").asLong() + " van " + punt.path("tijdstip").asText()
                + ", ondertekend met " + punt.path("sleutel").asText() + " (gecontroleerd en bewaard door de instantie)");
        return gelijk ? 0 : VerifieerCommando.ONGELDIG;
    }

    private static InputStream geteld(Path bestand, ProgressBar balk) {
        try {
            return new FilterInputStream(Files.newInputStream(bestand)) {
                @Override
                public int read(byte[] b, int van, int lengte) throws IOException {
                    int gelezen = super.read(b, van, lengte);
                    if (gelezen > 0) {
                        balk.stepBy(gelezen);
                    }
                    return gelezen;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
