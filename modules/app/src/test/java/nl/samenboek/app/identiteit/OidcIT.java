package nl.samenboek.app.identiteit;

import com.nimbusds.jwt.SignedJWT;
import nl.hltsamen.identiteit.Testidentiteitsprovider;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.app.Opdrachtregel;
import nl.samenboek.app.beveiliging.Autorisatiematrix;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * samenboek with a real OpenID Connect provider (docs/operations.md): Spring Authorization Server in this JVM, and
 * samenboek as a separate process started with {@code SAMENBOEK_OIDC_ISSUER} and {@code SAMENBOEK_OIDC_AUDIENCE}. It
 * finds the provider's keys by discovery, follows a key rotation by {@code kid}, refuses a token for another audience
 * or an expired one (401), gives a college without gemeente no rights (403), accepts no token of its own development
 * key, and the CLI makes none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcIT {

    @TempDir
    static Path map;

    private Testidentiteitsprovider provider;
    private Applicatieproces samenboek;

    @BeforeAll
    void start() {
        provider = new Testidentiteitsprovider();
        samenboek = new Applicatieproces(map.resolve("data"))
                .met("SAMENBOEK_OIDC_ISSUER", provider.uitgever())
                .met("SAMENBOEK_OIDC_AUDIENCE", Testidentiteitsprovider.PUBLIEK)
                .start();
    }

    @AfterAll
    void stop() {
        if (samenboek != null) {
            samenboek.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void tokensVanDeProviderKomenBinnenOokNaEenSleutelwissel() throws Exception {
        String eerste = provider.token("directie");
        assertThat(klant(eerste).get("/gemeenten").status()).as("ontdekt en geverifieerd").isEqualTo(200);

        String oudeKid = SignedJWT.parse(eerste).getHeader().getKeyID();
        String nieuweKid = provider.roteer();
        String na = provider.token("directie");
        assertThat(SignedJWT.parse(na).getHeader().getKeyID()).isEqualTo(nieuweKid).isNotEqualTo(oudeKid);
        assertThat(klant(na).get("/gemeenten").status()).as("nieuwe kid: de sleutelset wordt opnieuw opgehaald").isEqualTo(200);
        assertThat(klant(eerste).get("/gemeenten").status()).as("de oude sleutel staat nog in de set").isEqualTo(200);

        Klant.Antwoord aanvraag = klant(provider.token("college-lisse")).post("/opdrachten", Map.of("titel", "Via OIDC",
                "omschrijving", "Aangevraagd met een token van de identiteitsprovider", "gemeenten", List.of("lisse"),
                "categorie", "beleid", "soort", "standaard", "taakveld", "0.1", "team", "strategie", "begrotingsjaar", 2026,
                "geraamdeUren", 8));
        assertThat(aanvraag.status()).as(aanvraag.toString()).isEqualTo(201);
    }

    @Test
    void eenTokenVoorEenAnderPubliekOfEenVerlopenTokenGeeft401() {
        for (String client : List.of("ander-publiek", "verlopen")) {
            Klant.Antwoord antwoord = klant(provider.token(client)).get("/gemeenten");
            assertThat(antwoord.status()).as(client + ": " + antwoord).isEqualTo(401);
            assertThat(antwoord.kop("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void eenCollegeZonderGemeenteGeeft403() {
        Klant.Antwoord antwoord = klant(provider.token("college-zonder-gemeente")).get("/gemeenten");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(403);
        assertThat(antwoord.json().get("detail").asText()).contains("gemeente");
    }

    @Test
    void deOntwikkelsleutelGeeftGeenToegangEnDeCliMaaktGeenToken() throws Exception {
        Path data = map.resolve("data");
        assertThat(data.resolve("sleutels").resolve(Tokenmaker.SLEUTELNAAM + ".pem")).as("geen ontwikkelsleutel gemaakt").doesNotExist();
        String lokaal = new Tokenmaker(new Sleutelopslag(map.resolve("elders")).laadOfMaak(Tokenmaker.SLEUTELNAAM))
                .maak("beheerder", null, Duration.ofMinutes(5));
        assertThat(klant(lokaal).get("/gemeenten").status()).isEqualTo(401);

        // make token on the same data dir, even in a shell without SAMENBOEK_OIDC_ISSUER: the instance left a note
        assertThat(Files.readString(data.resolve("identiteitsprovider")).strip()).isEqualTo(provider.uitgever());
        Opdrachtregel.Uitvoer cli = Opdrachtregel.samenboek("token", "--rol", "directie", "--data-dir", data.toString(), "--oidc-issuer", "");
        assertThat(cli.code()).as(cli.tekst()).isNotZero();
        assertThat(cli.tekst()).contains(provider.uitgever()).contains("alleen voor ontwikkeling");
    }

    /**
     * Issue 18: the whole authorisation matrix (every endpoint × every role × every gemeente) with tokens of the
     * provider, whose rol and gemeente come from its claims: the same answers as with the instance's own tokens.
     */
    @TestFactory
    Stream<DynamicTest> deAutorisatiematrixMetTokensVanDeProvider() {
        Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.BiFunction<String, String, Klant> als = (rol, gemeente) ->
                klant(tokens.computeIfAbsent(gemeente == null ? rol : rol + "-" + gemeente, provider::token));
        Map<String, Object> maatwerk = new java.util.HashMap<>(aanvraag("Maatwerk voor Lisse via OIDC"));
        maatwerk.put("soort", "maatwerk");
        Klant.Antwoord opdracht = als.apply("college", Autorisatiematrix.EIGENAAR).post("/opdrachten", maatwerk);
        assertThat(opdracht.status()).as(opdracht.toString()).isEqualTo(201);
        return new Autorisatiematrix(als, opdracht.json().get("id").asText(), aanvraag("Matrix via OIDC"))
                .elkeRolEnGemeentePerEindpunt().stream();
    }

    private static Map<String, Object> aanvraag(String titel) {
        return Map.of("titel", titel, "omschrijving", "Aangevraagd met een token van de identiteitsprovider",
                "gemeenten", List.of(Autorisatiematrix.EIGENAAR), "categorie", "beleid", "soort", "standaard", "taakveld", "0.1",
                "team", "strategie", "begrotingsjaar", 2026, "geraamdeUren", 8);
    }

    private Klant klant(String token) {
        return new Klant("http://localhost:" + samenboek.poort() + "/api/v1", token);
    }
}
