package nl.samenboek.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the local development issuer may make a token: not when an identity provider is configured — in
 * {@code SAMENBOEK_OIDC_ISSUER}, or noted in the data dir by the instance that runs on it (docs/operations.md). Such an
 * instance accepts only the provider's tokens; a local one would only give a false sense of access.
 */
final class Ontwikkeluitgever {

    /** The note the application leaves in its data dir when it uses an identity provider. */
    static final String NOTITIE = "identiteitsprovider";

    private Ontwikkeluitgever() {
    }

    /** The configured identity provider, if any: the given issuer, else the one the data dir's instance noted. */
    static Optional<String> identiteitsprovider(String uitgever, Path dataMap) {
        if (uitgever != null && !uitgever.isBlank()) {
            return Optional.of(uitgever.strip());
        }
        Path notitie = dataMap.resolve(NOTITIE);
        try {
            return Files.isRegularFile(notitie) ? Optional.of(Files.readString(notitie, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("(onleesbare notitie " + notitie + ")");
        }
    }

    static String weigering(String provider) {
        return "Deze instantie neemt alleen tokens aan van de identiteitsprovider " + provider + "; de lokale ontwikkelsleutel "
                + "maakt geen tokens (alleen voor ontwikkeling, zonder SAMENBOEK_OIDC_ISSUER). Vraag een token aan bij die "
                + "provider en geef het mee met --token of SAMENBOEK_TOKEN.";
    }
}
