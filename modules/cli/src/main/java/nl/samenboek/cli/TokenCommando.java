package nl.samenboek.cli;

import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Prints one token line that the embedded instance on the same data dir accepts ({@code make -s token}): for
 * development only. With an identity provider configured it makes none and exits with {@value #GEWEIGERD}.
 */
@Command(name = "token", description = "Druk één bearer-token af voor de lokale instantie (zelfde SAMENBOEK_DATA_DIR); "
        + "alleen voor ontwikkeling, niet met een identiteitsprovider (SAMENBOEK_OIDC_ISSUER).")
class TokenCommando implements Callable<Integer> {

    static final int GEWEIGERD = 3;

    private static final Set<String> ROLLEN = Set.of("college", "directie", "bestuur", "raad", "auditor", "beheerder");
    private static final Set<String> PER_GEMEENTE = Set.of("college", "raad");

    @Option(names = "--rol", required = true, description = "college, directie, bestuur, raad, auditor of beheerder")
    String rol;

    @Option(names = "--gemeente", description = "verplicht voor college en raad, bijvoorbeeld lisse")
    String gemeente;

    @Option(names = "--data-dir", defaultValue = "${env:SAMENBOEK_DATA_DIR:-./data}", description = "de datamap van de instantie (standaard ./data)")
    Path dataMap;

    @Option(names = "--geldig", defaultValue = "PT12H", description = "geldigheidsduur als ISO-8601-duur (standaard en ten hoogste PT12H)")
    Duration geldig;

    @Option(names = "--oidc-issuer", defaultValue = "${env:SAMENBOEK_OIDC_ISSUER}", hidden = true)
    String uitgever;

    @Override
    public Integer call() {
        var provider = Ontwikkeluitgever.identiteitsprovider(uitgever, dataMap.toAbsolutePath());
        if (provider.isPresent()) {
            System.err.println(Ontwikkeluitgever.weigering(provider.get()));
            return GEWEIGERD;
        }
        if (!ROLLEN.contains(rol)) {
            System.err.println("Onbekende rol '" + rol + "'; kies uit " + String.join(", ", ROLLEN.stream().sorted().toList()) + ".");
            return 2;
        }
        if (PER_GEMEENTE.contains(rol) && (gemeente == null || gemeente.isBlank())) {
            System.err.println("Een token voor rol " + rol + " noemt de gemeente: GEMEENTE=lisse (of hillegom, teylingen).");
            return 2;
        }
        String voorGemeente = PER_GEMEENTE.contains(rol) ? gemeente : null;
        Tokenmaker maker = new Tokenmaker(new Sleutelopslag(dataMap.toAbsolutePath()).laadOfMaak(Tokenmaker.SLEUTELNAAM));
        System.out.println(maker.maak(rol, voorGemeente, geldig));
        return 0;
    }
}
