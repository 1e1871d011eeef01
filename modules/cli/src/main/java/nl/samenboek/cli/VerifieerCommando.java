package nl.samenboek.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Grootboekregel;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Verifies an exported grootboek offline, line by line in constant memory: exit code 0 only when the chain is intact
 * (and passes every given checkpoint whose signature checks out); otherwise it names the first bad volgnummer.
 */
@Command(name = "verifieer", description = "Verifieer een geëxporteerd grootboek (NDJSON) zonder verbinding met samenboek.")
class VerifieerCommando implements Callable<Integer> {

    static final int ONGELDIG = 1;

    @Option(names = {"--bestand", "-b"}, required = true, description = "het exportbestand (NDJSON)")
    Path bestand;

    @Option(names = "--controlepunten", description = "ondertekende controlepunten (JSON, zoals exporteer ze bewaart)")
    Path controlepunten;

    @Option(names = "--sleutels", description = "de publieke sleutels van de instantie (JWK-set, zoals exporteer ze bewaart)")
    Path sleutels;

    @Option(names = "--stil", description = "geen voortgangsbalk")
    boolean stil;

    @Override
    public Integer call() throws Exception {
        Verificatie uitkomst = verifieer(bestand, laadControlepunten(), stil);
        System.out.println(rapport(uitkomst));
        return uitkomst.geldig() ? 0 : ONGELDIG;
    }

    static String rapport(Verificatie uitkomst) {
        return uitkomst.geldig()
                ? "GELDIG: grootboek van " + uitkomst.gemeente() + ", " + uitkomst.aantal() + " regels, hoofdHash " + uitkomst.hoofdHash()
                : "ONGELDIG vanaf volgnummer " + uitkomst.eersteFout().volgnummer() + ": " + uitkomst.eersteFout().reden()
                + " (grootboek van " + uitkomst.gemeente() + ", " + uitkomst.aantal() + " regels gelezen)";
    }

    static Verificatie verifieer(Path bestand, List<Controlepunt> punten, boolean stil) throws IOException {
        ObjectMapper json = GebeurtenisJson.mapper();
        Ketencontrole controle = null;
        long grootte = Files.size(bestand);
        ProgressBarBuilder bouwer = new ProgressBarBuilder().setTaskName("verifiëren").setInitialMax(grootte)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed();
        if (stil || System.console() == null) {
            bouwer.setConsumer(new StilleBalk());
        }
        try (InputStream in = Files.newInputStream(bestand); ProgressBar balk = bouwer.build()) {
            BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String regel;
            long nummer = 0;
            while ((regel = lezer.readLine()) != null) {
                balk.stepBy(regel.length() + 1L);
                if (regel.isBlank()) {
                    continue;
                }
                nummer++;
                Grootboekregel gelezen;
                try {
                    gelezen = json.readValue(regel, Grootboekregel.class);
                } catch (IOException e) {
                    Ketencontrole fout = controle != null ? controle : new Ketencontrole("?");
                    fout.meld(fout.aantal() + 1, "regel " + nummer + " van het bestand is geen geldige grootboekregel");
                    return fout.uitkomst();
                }
                if (controle == null) {
                    controle = new Ketencontrole(gelezen.gemeente()).metControlepunten(punten);
                }
                controle.controleer(gelezen);
            }
        }
        if (controle == null) {
            Ketencontrole leeg = new Ketencontrole("?");
            leeg.meld(1, "het bestand bevat geen grootboekregels");
            return leeg.uitkomst();
        }
        return controle.uitkomst();
    }

    /** Checkpoints whose signature checks out with the given keys; without keys none count (they cannot be trusted). */
    List<Controlepunt> laadControlepunten() throws IOException, java.text.ParseException, com.nimbusds.jose.JOSEException {
        if (controlepunten == null) {
            return List.of();
        }
        ObjectMapper json = GebeurtenisJson.mapper();
        JsonNode inhoud = json.readTree(controlepunten.toFile());
        JsonNode lijst = inhoud.isArray() ? inhoud : inhoud.path("_embedded").path("checkpoints");
        List<Controlepunt> alle = json.convertValue(lijst, new TypeReference<List<Controlepunt>>() { });
        if (sleutels == null) {
            System.err.println("Let op: zonder --sleutels tellen de controlepunten niet mee (hun handtekening is niet te controleren).");
            return List.of();
        }
        List<PublicKey> publiek = new ArrayList<>();
        for (var sleutel : JWKSet.parse(Files.readString(sleutels)).getKeys()) {
            publiek.add(((RSAKey) sleutel).toRSAPublicKey());
        }
        List<Controlepunt> geldig = new ArrayList<>();
        for (Controlepunt punt : alle) {
            if (publiek.stream().anyMatch(sleutel -> Ondertekenaar.klopt(punt, sleutel))) {
                geldig.add(punt);
            } else {
                System.err.println("Controlepunt bij regel " + punt.aantal() + " heeft geen geldige handtekening en telt niet mee.");
            }
        }
        return geldig;
    }

    /** Swallows the progress bar when asked to be quiet. */
    private static final class StilleBalk implements me.tongfei.progressbar.ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 0;
        }

        @Override
        public void accept(String rendered) {
        }

        @Override
        public void close() {
        }
    }
}
