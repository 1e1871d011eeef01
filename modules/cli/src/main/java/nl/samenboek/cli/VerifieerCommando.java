package nl.samenboek.cli;

import me.tongfei.progressbar.ProgressBar;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.overdracht.Exportbestand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Mixin
    Controlepuntopties controlepunten = new Controlepuntopties();

    @Option(names = "--stil", description = "geen voortgangsbalk")
    boolean stil;

    @Override
    public Integer call() throws Exception {
        Verificatie uitkomst = verifieer(bestand, controlepunten.laad(), stil);
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
        Ketencontrole[] controle = {null};
        try (InputStream in = Files.newInputStream(bestand); ProgressBar balk = Voortgang.balk("verifiëren", Files.size(bestand), stil)) {
            Exportbestand.lees(in, regel -> {
                if (controle[0] == null) {
                    controle[0] = new Ketencontrole(regel.gemeente()).metControlepunten(punten);
                }
                controle[0].controleer(regel);
                return true;
            }, balk::stepTo);
        } catch (Exportbestand.OngeldigeRegel fout) {
            Ketencontrole gevonden = controle[0] != null ? controle[0] : new Ketencontrole("?");
            gevonden.meld(gevonden.aantal() + 1, fout.getMessage());
            return gevonden.uitkomst();
        }
        if (controle[0] == null) {
            Ketencontrole leeg = new Ketencontrole("?");
            leeg.meld(1, "het bestand bevat geen grootboekregels");
            return leeg.uitkomst();
        }
        return controle[0].uitkomst();
    }
}
