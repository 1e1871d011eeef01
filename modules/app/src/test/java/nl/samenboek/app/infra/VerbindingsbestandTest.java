package nl.samenboek.app.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verbindingen.env as the shell reads it back (docs/operations.md: {@code set -a; . data/verbindingen.env; set +a}):
 * every value arrives unchanged, whatever it holds; plain values stay unquoted, so the file is also a valid
 * {@code KEY=value} file for tools without a shell.
 */
class VerbindingsbestandTest {

    @Test
    void elkeWaardeKomtOngewijzigdDoorDeShell(@TempDir Path map) throws Exception {
        Map<String, String> instellingen = new LinkedHashMap<>();
        instellingen.put("SAMENBOEK_DB_URL", "jdbc:postgresql://127.0.0.1:41234/postgres");
        instellingen.put("SAMENBOEK_DB_PASSWORD", "aB-_09xyz");
        instellingen.put("SAMENBOEK_MONGO_URI", "mongodb://u:p@h1,h2/samenboek?replicaSet=rs0&tls=true");
        instellingen.put("SAMENBOEK_SAMENWERKING_NAAM", "Hillegom, Lisse & Teylingen's \"samen\" $HOME `id` \\ ;");
        instellingen.put("SAMENBOEK_LEEG", "");
        instellingen.put("SAMENBOEK_CONTROLEPUNT_SLEUTEL", "MIIG/wIBADANBgkqhkiG9w0BAQEFAASCBukwggblAgEAAoIBgQ+=");
        Path bestand = map.resolve("verbindingen.env");
        Files.writeString(bestand, Verbindingsbestand.inhoud(instellingen));

        assertThat(leesAlsShell(bestand)).isEqualTo(new TreeMap<>(instellingen));
        String tekst = Files.readString(bestand);
        assertThat(tekst).contains("SAMENBOEK_DB_URL=jdbc:postgresql://127.0.0.1:41234/postgres\n",
                "SAMENBOEK_CONTROLEPUNT_SLEUTEL=MIIG/wIBADANBgkqhkiG9w0BAQEFAASCBukwggblAgEAAoIBgQ+=\n",
                "SAMENBOEK_MONGO_URI='mongodb://u:p@h1,h2/samenboek?replicaSet=rs0&tls=true'\n");
        assertThat(tekst).doesNotContain("export ");
    }

    private static Map<String, String> leesAlsShell(Path bestand) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("env", "-i", "bash", "--noprofile", "--norc", "-c",
                "set -a; . \"$1\"; set +a; env -0", "bash", bestand.toString()).start();
        String[] paren = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\0");
        assertThat(shell.waitFor()).isZero();
        Map<String, String> omgeving = new TreeMap<>();
        for (String paar : paren) {
            int is = paar.indexOf('=');
            if (paar.startsWith("SAMENBOEK_") && is > 0) {
                omgeving.put(paar.substring(0, is), paar.substring(is + 1));
            }
        }
        return omgeving;
    }
}
