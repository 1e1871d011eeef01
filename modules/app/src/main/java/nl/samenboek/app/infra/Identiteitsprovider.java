package nl.samenboek.app.infra;

import nl.samenboek.ledger.sleutel.Afgeschermd;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Leaves a note in the data dir ({@value #BESTAND}) naming the identity provider this instance takes tokens from, so
 * that {@code make token} on the same data dir refuses to make a development token even in a shell without
 * {@code SAMENBOEK_OIDC_ISSUER} (docs/operations.md). Without a provider the note is removed.
 */
@Component
public class Identiteitsprovider {

    public static final String BESTAND = "identiteitsprovider";

    public Identiteitsprovider(Datamap datamap, @Value("${samenboek.oidc.issuer:}") String uitgever) {
        Path notitie = datamap.pad(BESTAND);
        try {
            if (uitgever.isBlank()) {
                Files.deleteIfExists(notitie);
            } else {
                Afgeschermd.schrijf(notitie, (uitgever.strip() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("de notitie " + notitie + " kon niet worden bijgewerkt", e);
        }
    }
}
