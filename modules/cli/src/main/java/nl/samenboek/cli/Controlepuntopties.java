package nl.samenboek.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import nl.samenboek.ledger.controlepunt.Controlepunt;
import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.overdracht.Importherkomst;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints an export is checked against, with the keys that make them trustworthy. */
class Controlepuntopties {

    @Option(names = "--controlepunten", description = "ondertekende controlepunten (JSON, zoals exporteer ze bewaart)")
    Path controlepunten;

    @Option(names = "--sleutels", description = "de publieke sleutels van de instantie (JWK-set, zoals exporteer ze bewaart)")
    Path sleutels;

    static Controlepuntopties van(Path controlepunten, Path sleutels) {
        Controlepuntopties opties = new Controlepuntopties();
        opties.controlepunten = controlepunten;
        opties.sleutels = sleutels;
        return opties;
    }

    /**
     * The {@value Importherkomst#KOP} header an import requires: the newest checkpoint within the file's {@code aantal}
     * entries whose signature holds, with the JWK of the key that signed it. Empty without checkpoints and keys.
     */
    Optional<String> herkomst(List<Controlepunt> geldig, long aantal) throws IOException, ParseException {
        if (sleutels == null) {
            return Optional.empty();
        }
        List<JWK> jwks = JWKSet.parse(Files.readString(sleutels)).getKeys();
        return geldig.stream().filter(p -> p.aantal() <= aantal).max(Comparator.comparingLong(Controlepunt::aantal))
                .flatMap(punt -> jwks.stream().filter(jwk -> {
                            try {
                                return Ondertekenaar.klopt(punt, ((RSAKey) jwk).toRSAPublicKey());
                            } catch (JOSEException | ClassCastException e) {
                                return false;
                            }
                        }).findFirst()
                        .map(jwk -> Importherkomst.kop(punt, jwk.toPublicJWK().toJSONObject())));
    }

    /** Checkpoints whose signature checks out with the given keys; without keys none count (they cannot be trusted). */
    List<Controlepunt> laad() throws IOException, ParseException, JOSEException {
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
}
