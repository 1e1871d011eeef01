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
                .met("SAMENBOEK_OIDC_CLIENT_ID", "samenboek-web");
        // the web application at the loopback IP (OAuth 2.1 wants no 'localhost' in a redirect URI); a raad of Hillegom signs in
        provider.registreerWebclient("samenboek-web", "http://127.0.0.1:" + samenboek.poort() + "/", "raad", "hillegom");
        samenboek.start();
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

    /**
     * The web application's sign-in page offers "Inloggen met de gemeente" with this provider and client id, and no
     * development token: that endpoint is 404 here, also from this machine (docs/web.md). The page may fetch from the
     * provider's origin (discovery and token endpoint) and from nowhere else.
     */
    @Test
    void deWebaanmeldingBiedtDeGemeenteAanEnGeenOntwikkeltoken() {
        Klant.Antwoord opties = klant(null).get("/aanmeldopties");
        assertThat(opties.status()).isEqualTo(200);
        assertThat(opties.json().get("ontwikkeltokens").asBoolean()).isFalse();
        assertThat(opties.json().get("oidc").get("issuer").asText()).isEqualTo(provider.uitgever());
        assertThat(opties.json().get("oidc").get("clientId").asText()).isEqualTo("samenboek-web");
        Klant.Antwoord token = klant(null).post("/ontwikkeltokens", Map.of("rol", "directie"));
        assertThat(token.status()).as(token.toString()).isEqualTo(404);
        assertThat(token.kop("Content-Type")).startsWith("application/problem+json");
        java.net.URI uitgever = java.net.URI.create(provider.uitgever());
        Klant.Antwoord pagina = new Klant("http://localhost:" + samenboek.poort(), null).met("Accept", "text/html").get("/");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.kop("Content-Security-Policy"))
                .contains("connect-src 'self' " + uitgever.getScheme() + "://" + uitgever.getHost() + ":" + uitgever.getPort() + ";");
    }

    /**
     * "Inloggen met de gemeente" in a real browser: the authorization-code flow with PKCE from the page to the provider's
     * login form and back; the page trades the code for a token, and the token works. Neither code nor token stays in the URL.
     */
    @Test
    void eenRaadslidMeldtZichInDeBrowserAanBijDeGemeenteMetPkce() {
        java.nio.file.Path chromium = java.nio.file.Path.of(System.getenv().getOrDefault("SAMENBOEK_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium)).as("Chromium ontbreekt op %s", chromium).isTrue();
        try (com.microsoft.playwright.Playwright playwright = com.microsoft.playwright.Playwright.create(
                new com.microsoft.playwright.Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             com.microsoft.playwright.Browser browser = playwright.chromium().launch(
                     new com.microsoft.playwright.BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true))) {
            com.microsoft.playwright.Page pagina = browser.newPage();
            pagina.setDefaultTimeout(20_000);
            List<String> fouten = new java.util.ArrayList<>();
            pagina.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    fouten.add(m.text());
                }
            });
            String web = "http://127.0.0.1:" + samenboek.poort() + "/";
            pagina.navigate(web);
            com.microsoft.playwright.Locator tokenveld = pagina.getByLabel("Token", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
            tokenveld.waitFor(); // the page builds its sign-in form once it has read the sign-in options
            assertThat(tokenveld.count()).isEqualTo(1);
            assertThat(pagina.getByText("Ontwikkelstand").count()).as("geen ontwikkeltokens met een provider").isZero();
            pagina.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Inloggen met de gemeente").setExact(true)).click();
            pagina.waitForURL(adres -> adres.startsWith(provider.uitgever() + "/login"));
            pagina.locator("#username").fill(Testidentiteitsprovider.GEBRUIKER);
            pagina.locator("#password").fill(Testidentiteitsprovider.WACHTWOORD);
            pagina.locator("button[type=submit]").click();
            pagina.waitForFunction("() => !document.getElementById('menu').hidden");
            pagina.waitForFunction("() => document.getElementById('inhoud').dataset.getoond === '#/uitvoeringsagenda'"
                    + " && document.getElementById('inhoud').getAttribute('aria-busy') === 'false'");
            assertThat(pagina.getByText("Aangemeld als Raad van Hillegom").count()).isEqualTo(1);
            assertThat(pagina.locator("ul.bord > li").count()).as("de agenda, gelezen met het token van de provider").isEqualTo(24);
            assertThat(pagina.url()).startsWith(web).doesNotContain("code=").doesNotContain("state=");
            assertThat(fouten).isEmpty();
        }
    }

    private Klant klant(String token) {
        return new Klant("http://localhost:" + samenboek.poort() + "/api/v1", token);
    }
}
