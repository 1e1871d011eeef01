package nl.samenboek.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The development issuer is for development only, and a token travels safely or not at all (docs/operations.md):
 * no local token once an identity provider is configured, no token over plain http to another machine.
 */
class OntwikkeltokenTest {

    @Test
    void zonderIdentiteitsproviderMaaktTokenEenToken(@TempDir Path data) {
        Uitvoer uitvoer = voerUit("token", "--rol", "directie", "--data-dir", data.toString(), "--oidc-issuer", "");
        assertThat(uitvoer.code()).as(uitvoer.tekst()).isZero();
        assertThat(uitvoer.tekst().strip()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void metEenIdentiteitsproviderMaaktTokenNietsEnEindigtMetEenFoutcode(@TempDir Path data) {
        Uitvoer uitvoer = voerUit("token", "--rol", "directie", "--data-dir", data.toString(), "--oidc-issuer", "https://login.hltsamen.nl");
        assertThat(uitvoer.code()).isEqualTo(TokenCommando.GEWEIGERD);
        assertThat(uitvoer.tekst()).contains("https://login.hltsamen.nl").contains("alleen voor ontwikkeling").doesNotContain(".ey");
        assertThat(data.resolve("sleutels")).as("de ontwikkelsleutel wordt niet eens gemaakt").doesNotExist();
    }

    @Test
    void deNotitieVanDeInstantieInDeDatamapIsGenoeg(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve(Ontwikkeluitgever.NOTITIE), "https://login.hltsamen.nl\n");
        Uitvoer uitvoer = voerUit("token", "--rol", "auditor", "--data-dir", data.toString(), "--oidc-issuer", "");
        assertThat(uitvoer.code()).isEqualTo(TokenCommando.GEWEIGERD);
        assertThat(uitvoer.tekst()).contains("https://login.hltsamen.nl");
    }

    @Test
    void eenTokenGaatNietOverHttpNaarEenAndereMachine(@TempDir Path uit) {
        for (String url : new String[]{"http://samenboek.hltsamen.nl", "http://10.0.0.7:8080", "http://127.0.0.1.voorbeeld.nl", "ftp://127.0.0.1"}) {
            Uitvoer uitvoer = voerUit("exporteer", "--gemeente", "lisse", "--url", url, "--token", "a.b.c", "--uit", uit.toString());
            assertThat(uitvoer.code()).as(url + ": " + uitvoer.tekst()).isEqualTo(TokenCommando.GEWEIGERD);
            assertThat(uitvoer.tekst()).contains("Geen token over");
        }
    }

    @Test
    void overHttpsOfNaarLoopbackWelEnZonderProviderOokEenGemaaktToken(@TempDir Path data) {
        for (String url : new String[]{"https://samenboek.hltsamen.nl", "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"}) {
            Verbinding verbinding = new Verbinding();
            verbinding.url = url;
            verbinding.dataMap = data;
            assertThat(verbinding.verzoek("/gemeenten", "auditor").build().headers().firstValue("Authorization")).as(url).isPresent();
        }
        Verbinding metProvider = new Verbinding();
        metProvider.url = "http://localhost:8080";
        metProvider.dataMap = data;
        metProvider.uitgever = "https://login.hltsamen.nl";
        assertThatThrownBy(() -> metProvider.verzoek("/gemeenten", "auditor")).hasMessageContaining("identiteitsprovider");
    }

    private record Uitvoer(int code, String tekst) {
    }

    private static synchronized Uitvoer voerUit(String... argumenten) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream uit = System.out;
        PrintStream fout = System.err;
        PrintStream vang = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(vang);
        System.setErr(vang);
        try {
            int code = Samenboek.opdrachtregel().execute(argumenten);
            return new Uitvoer(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(uit);
            System.setErr(fout);
        }
    }
}
