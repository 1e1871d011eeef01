package nl.samenboek.app.web;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application at {@code /} in a real browser (the system's headless Chromium, as HtmlToegankelijkheidIT drives
 * it) against the whole application over HTTP: the four acceptance scenarios of the web application, every page for
 * every rol without console errors or serious axe-core findings (WCAG 2.1 A/AA), 320 pixels wide, by keyboard alone,
 * and a first page under 200 KB (docs/web.md). Screenshots go to {@code target/screenshots/web}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebapplicatieIT extends IntegratieTest {

    private static final List<String> MENU = List.of("Groeimodel", "Capaciteit", "Uitvoeringsagenda", "Opdrachten", "P&C-documenten",
            "Signalen", "Audit");
    private static final Map<String, String> ROUTES = Map.of("Groeimodel", "groeimodel", "Capaciteit", "capaciteit",
            "Uitvoeringsagenda", "uitvoeringsagenda", "Opdrachten", "opdrachten", "P&C-documenten", "pc-documenten",
            "Signalen", "signalen", "Audit", "audit");
    private static final Set<String> STATUSSEN = Set.of("Niet gestart", "Gestart", "Gerealiseerd", "Uitgesteld", "Vervallen", "Te laat");
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots", "web");

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startDeBrowser() throws IOException {
        Path chromium = Path.of(System.getenv().getOrDefault("SAMENBOEK_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium ontbreekt op %s: installeer het (apt-get install chromium) of wijs het aan met SAMENBOEK_CHROMIUM", chromium)
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
        Files.createDirectories(SCHERMAFDRUKKEN);
    }

    @AfterAll
    void stopDeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    // ---- the four acceptance scenarios -----------------------------------------------------------------------------

    @Test
    void eenRaadslidVanHillegomZietDeZevenOnderdelenDeAgendaEnHetGroeimodel() {
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("raad", "hillegom"));
            for (String naam : MENU) {
                assertThat(sessie.pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam).setExact(true)).count())
                        .as("link %s", naam).isEqualTo(1);
            }
            assertThat(sessie.pagina.getByText("Aangemeld als Raad van Hillegom").count()).isEqualTo(1);

            sessie.klik("Uitvoeringsagenda");
            Locator kaarten = sessie.pagina.locator("ul.bord > li");
            assertThat(kaarten.count()).isEqualTo(24);
            for (int i = 0; i < 24; i++) {
                assertThat(kaarten.nth(i).locator(".status").innerText().strip()).isIn(STATUSSEN);
            }
            sessie.controleer("scenario-raad-uitvoeringsagenda");

            sessie.klik("Groeimodel");
            Locator diagram = sessie.pagina.locator("svg[role=img]");
            assertThat(diagram.count()).isEqualTo(1);
            assertThat(diagram.getAttribute("aria-label")).startsWith("Uren per contractniveau, Hillegom");
            Locator tabel = sessie.pagina.locator("table", new Page.LocatorOptions().setHas(
                    sessie.pagina.locator("caption", new Page.LocatorOptions().setHasText("Uren per contractniveau, Hillegom"))));
            assertThat(tabel.locator("tbody tr").count()).isEqualTo(4);
            assertThat(sessie.pagina.locator("main").innerText()).contains("Mijlpalen", "2025", "2027", "2030", "Evaluatiemomenten");
            sessie.controleer("scenario-raad-groeimodel");
            sessie.geenConsolefouten();
        }
    }

    @Test
    void eenCollegeVanLisseVraagtEenOpdrachtAanEnZietDeVeldfoutenVanDeApi() {
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("college", "lisse"));
            sessie.klik("Opdrachten");
            sessie.pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe opdracht aanvragen")).click();
            sessie.wachtOpPagina();

            sessie.pagina.getByLabel("Geraamde uren").fill("-5");
            sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opdracht aanvragen")).click();
            sessie.pagina.locator(".veldfout").first().waitFor();
            // the API's invalidParams, next to the fields they name, and tied to them for a screen reader
            for (String veld : List.of("Titel", "Categorie", "Geraamde uren")) {
                Locator invoer = sessie.pagina.getByLabel(veld, new Page.GetByLabelOptions().setExact(true));
                assertThat(invoer.getAttribute("aria-invalid")).as(veld).isEqualTo("true");
                String fout = invoer.getAttribute("aria-describedby").replaceAll(".* ", "");
                assertThat(sessie.pagina.locator("#" + fout).innerText()).as(veld).isNotBlank();
            }
            sessie.schermafdruk("scenario-college-aanvraag-fouten");
            assertThat(aantalMetTitel("Snippergroen Lisse via de webapplicatie")).isZero();

            sessie.pagina.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Snippergroen Lisse via de webapplicatie");
            sessie.pagina.getByLabel("Omschrijving").fill("Beleid voor de verkoop van snippergroen");
            sessie.pagina.getByLabel("Categorie").selectOption("beleid");
            sessie.pagina.getByLabel("Taakveld").fill("0.1");
            sessie.pagina.getByLabel("Team").fill("strategie");
            sessie.pagina.getByLabel("Geraamde uren").fill("120");
            sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opdracht aanvragen")).click();
            sessie.pagina.waitForURL(adres -> adres.contains("#/opdrachten/") && !adres.endsWith("/nieuw"));
            sessie.wachtOpPagina();
            assertThat(sessie.pagina.locator("h1").innerText()).isEqualTo("Snippergroen Lisse via de webapplicatie");
            assertThat(sessie.pagina.locator("#opdracht-status").innerText()).isEqualTo("Aangevraagd");
            Locator tijdlijn = sessie.pagina.locator("ol.tijdlijn > li");
            assertThat(tijdlijn.count()).isEqualTo(1);
            assertThat(tijdlijn.first().innerText()).contains("Opdracht Aangevraagd", "door college van Lisse");
            sessie.controleer("scenario-college-opdracht");

            sessie.klik("Opdrachten");
            assertThat(sessie.pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Snippergroen Lisse via de webapplicatie")).count())
                    .isEqualTo(1);
            sessie.controleer("scenario-college-opdrachten");
            // the browser reports the one refused (invalid) request itself, and nothing else
            assertThat(sessie.fouten).containsExactly("error: Failed to load resource: the server responded with a status of 400 ()");
        }
        assertThat(aantalMetTitel("Snippergroen Lisse via de webapplicatie")).isEqualTo(1);
    }

    /** A joint opdracht waits for the other college: it co-signs from the page, and the opdracht goes to the directie. */
    @Test
    void hetCollegeVanHillegomOndertekentEenGezamenlijkeOpdrachtMede() {
        String id = college("lisse").post("/opdrachten", aanvraag("Gezamenlijke bollenstrategie", "lisse", "hillegom")).json().get("id").asText();
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("college", "hillegom"));
            sessie.ga("#/opdrachten/" + id);
            assertThat(sessie.pagina.locator("#opdracht-status").innerText()).isEqualTo("Wacht op medeondertekening");
            sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Medeondertekenen")).click();
            sessie.pagina.locator("#opdracht-status", new Page.LocatorOptions().setHasText("Aangevraagd")).waitFor();
            sessie.wachtOpPagina();
            assertThat(sessie.pagina.locator("ol.tijdlijn").innerText()).contains("Opdracht Medeondertekend", "door college van Hillegom");
            assertThat(sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Medeondertekenen")).count()).isZero();
            sessie.controleer("scenario-college-medeondertekening");
            sessie.geenConsolefouten();
        }
        assertThat(directie().get("/opdrachten/" + id).json().get("status").asText()).isEqualTo("aangevraagd");
    }

    @Test
    void deDirectieAanvaardtEnZegtUrenToeEnDeCapaciteitToontZe() {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag("Maaibeleid Lisse 2038", "lisse"));
        aanvraag.put("soort", "maatwerk");
        aanvraag.put("begrotingsjaar", 2038);
        String id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        BigDecimal voor = toegezegd(2038, "lisse");
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("directie", null));
            sessie.ga("#/opdrachten/" + id);
            sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvaarden")).click();
            sessie.pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uren toezeggen")).waitFor();
            sessie.wachtOpPagina();
            assertThat(sessie.pagina.locator("#opdracht-status").innerText()).isEqualTo("Aanvaard");

            Locator toezegging = sessie.pagina.locator("form[aria-labelledby=toezeggingen-kop]");
            toezegging.getByLabel("Uren", new Locator.GetByLabelOptions().setExact(true)).fill("40");
            toezegging.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uren toezeggen")).click();
            sessie.pagina.locator("ol.tijdlijn > li").nth(2).waitFor();
            sessie.wachtOpPagina();
            assertThat(sessie.pagina.locator("ol.tijdlijn").innerText()).contains("Opdracht Aanvaard", "Uren Toegezegd", "door directie");
            sessie.controleer("scenario-directie-opdracht");

            BigDecimal na = toegezegd(2038, "lisse");
            assertThat(na.subtract(voor)).isEqualByComparingTo("40");
            sessie.ga("#/capaciteit?jaar=2038");
            Locator lisse = sessie.pagina.locator("table", new Page.LocatorOptions().setHas(sessie.pagina.locator("caption",
                    new Page.LocatorOptions().setHasText("Aandeel in de toegezegde uren")))).locator("tbody tr",
                    new Locator.LocatorOptions().setHas(sessie.pagina.locator("th", new Page.LocatorOptions().setHasText("Lisse"))));
            assertThat(lisse.locator("td").first().innerText()).isEqualTo(new java.text.DecimalFormat("#,##0.#",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL"))).format(na));
            sessie.controleer("scenario-directie-capaciteit");
            sessie.geenConsolefouten();
        }
    }

    @Test
    void eenRaadslidVanHillegomKrijgtGeenToegangTotEenOpdrachtVanLisse() {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag("Alleen voor Lisse", "lisse"));
        aanvraag.put("soort", "maatwerk");
        String id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("raad", "hillegom"));
            sessie.ga("#/opdrachten/" + id);
            assertThat(sessie.pagina.locator("h1").innerText()).isEqualTo("Geen toegang");
            assertThat(sessie.pagina.getByRole(AriaRole.ALERT).innerText()).contains("Geen toegang tot deze opdracht", "niet uw gemeente")
                    .doesNotContain("Alleen voor Lisse");
            sessie.controleer("scenario-raad-geen-toegang");
            // the refused request itself is all the browser reports
            assertThat(sessie.fouten).allMatch(f -> f.contains("403"));
        }
    }

    /** The document shown in the page, and its PDF and CSV and the ledger export saved from the page (the token in the header). */
    @Test
    void eenAuditorBekijktEenDocumentEnDownloadtPdfCsvEnExport() {
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.meldAanMetToken(token("auditor", null));
            sessie.ga("#/pc-documenten?gemeente=lisse&jaar=2025&soort=jaarrekening");
            sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Document bekijken")).click();
            Locator document = sessie.pagina.locator("#pc-document");
            document.locator("table").first().waitFor();
            assertThat(document.locator("table").count()).isGreaterThanOrEqualTo(5);
            assertThat(document.locator("script, style, link, [style]").count()).isZero();
            sessie.controleer("auditor-pc-document");
            for (String[] soort : List.of(new String[]{"PDF downloaden", "jaarrekening-lisse-2025.pdf", "%PDF"},
                    new String[]{"CSV downloaden", "jaarrekening-lisse-2025.csv", ""})) {
                com.microsoft.playwright.Download bestand = sessie.pagina.waitForDownload(() ->
                        sessie.pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(soort[0])).click());
                assertThat(bestand.suggestedFilename()).isEqualTo(soort[1]);
                assertThat(lees(bestand)).startsWith(soort[2]).hasSizeGreaterThan(100);
            }
            sessie.klik("Audit");
            assertThat(sessie.pagina.getByText("Grootboek klopt").count()).isEqualTo(3);
            com.microsoft.playwright.Download export = sessie.pagina.waitForDownload(() -> sessie.pagina.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Export van Lisse downloaden")).click());
            assertThat(export.suggestedFilename()).isEqualTo("grootboek-lisse.ndjson");
            assertThat(lees(export)).startsWith("{").contains("\"gemeente\":\"lisse\"", "\"volgnummer\":1,");
            sessie.geenConsolefouten();
        }
    }

    private static String lees(com.microsoft.playwright.Download bestand) {
        try {
            return new String(Files.readAllBytes(bestand.path()), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- every page, every rol --------------------------------------------------------------------------------------

    @Test
    void elkeRolZietElkePaginaZonderConsolefoutenOfErnstigeToegankelijkheidsfouten() {
        List<String[]> rollen = List.of(new String[]{"college", "lisse"}, new String[]{"raad", "teylingen"}, new String[]{"directie", null},
                new String[]{"bestuur", null}, new String[]{"auditor", null}, new String[]{"beheerder", null});
        for (String[] rol : rollen) {
            try (Sessie sessie = new Sessie(1280, 900)) {
                sessie.meldAanMetToken(token(rol[0], rol[1]));
                for (String naam : MENU) {
                    sessie.klik(naam);
                    assertThat(sessie.pagina.locator("main h1").first().innerText()).as("%s %s", rol[0], naam).isNotBlank();
                    assertThat(sessie.pagina.locator("main").innerText()).as("%s %s", rol[0], naam).doesNotContain("Er ging iets mis");
                    assertThat(sessie.pagina.locator(inhoud(naam, rol[0])).count()).as("%s %s: %s", rol[0], naam, inhoud(naam, rol[0])).isPositive();
                    sessie.controleer(rol[0] + "-" + ROUTES.get(naam));
                }
                sessie.geenConsolefouten();
            }
        }
    }

    @Test
    void elkePaginaWerktOp320PixelsBreedZonderHorizontaalTeSchuiven() {
        try (Sessie sessie = new Sessie(320, 640)) {
            sessie.ga("#/");
            assertThat(breedte(sessie)).as("aanmelden").isLessThanOrEqualTo(320);
            sessie.schermafdruk("320-aanmelden");
            sessie.meldAanMetToken(token("directie", null));
            for (String naam : MENU) {
                sessie.klik(naam);
                assertThat(breedte(sessie)).as(naam).isLessThanOrEqualTo(320);
                sessie.schermafdruk("320-" + ROUTES.get(naam));
            }
            sessie.geenConsolefouten();
        }
    }

    /** The main flow by keyboard alone: sign in with the development choice, open Opdrachten, open one. */
    @Test
    void deHoofdstroomWerktMetAlleenHetToetsenbord() {
        college("lisse").post("/opdrachten", aanvraag("Toetsenbordopdracht", "lisse"));
        try (Sessie sessie = new Sessie(1280, 900)) {
            sessie.ga("#/");
            Page p = sessie.pagina;
            tabNaar(p, "Rol");
            p.keyboard().type("College"); // a closed select chooses by typing
            tabNaar(p, "Gemeente");
            p.keyboard().type("Lisse");
            tabNaar(p, "Ontwikkeltoken gebruiken");
            p.keyboard().press("Enter");
            p.waitForFunction("() => !document.getElementById('menu').hidden");
            sessie.wachtOpPagina();
            assertThat(p.getByText("Aangemeld als College van Lisse").count()).isEqualTo(1);
            // focus is on the new page's content; the menu is before it
            tabNaar(p, "Opdrachten", "Shift+Tab");
            p.keyboard().press("Enter");
            sessie.wachtOpPagina();
            assertThat(p.locator("h1").innerText()).isEqualTo("Opdrachten");
            tabNaar(p, "Zoeken in titel");
            p.keyboard().type("Toetsenbord");
            p.keyboard().press("Enter");
            sessie.wachtOpPagina();
            tabNaar(p, "Toetsenbordopdracht");
            p.keyboard().press("Enter");
            sessie.wachtOpPagina();
            assertThat(p.locator("h1").innerText()).isEqualTo("Toetsenbordopdracht");
            Object omlijning = p.evaluate("() => { const a = [...document.querySelectorAll('a')].find(a => a.textContent === 'Terug naar de opdrachten');"
                    + " a.focus(); return getComputedStyle(a).outlineStyle; }");
            assertThat(omlijning).as("zichtbare focus").isEqualTo("solid");
            sessie.geenConsolefouten();
        }
    }

    @Test
    void deEerstePaginaIsKleinerDan200KB() {
        try (Sessie sessie = new Sessie(1280, 900)) {
            AtomicLong bytes = new AtomicLong();
            sessie.pagina.onResponse(antwoord -> {
                try {
                    bytes.addAndGet(antwoord.body().length + antwoord.headersArray().stream()
                            .mapToLong(k -> k.name.length() + k.value.length() + 4).sum());
                } catch (RuntimeException geenLichaam) {
                    // a redirect has no body
                }
            });
            Response antwoord = sessie.pagina.navigate("http://localhost:" + poort + "/");
            sessie.wachtOpPagina();
            assertThat(antwoord.status()).isEqualTo(200);
            assertThat(antwoord.headerValue("content-security-policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
            long aanmelden = bytes.get();
            sessie.meldAanMetToken(token("raad", "hillegom"));
            long eerstePagina = bytes.get();
            System.out.printf("Webapplicatie: aanmeldpagina %d bytes, met de eerste pagina na aanmelden %d bytes%n", aanmelden, eerstePagina);
            assertThat(aanmelden).isLessThan(200_000);
            assertThat(eerstePagina).isLessThan(200_000);
        }
    }

    // ---- the development token endpoint and the public files ------------------------------------------------------

    @Test
    void eenOntwikkeltokenAlleenVanDezeMachineEnAlleenVoorBekendeRollen() throws IOException {
        Klant.Antwoord antwoord = anoniem().post("/ontwikkeltokens", Map.of("rol", "college", "gemeente", "lisse"));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.kop("Cache-Control")).contains("no-store");
        String token = antwoord.json().get("token").asText();
        assertThat(new Klant(basis(), token).get("/opdrachten").status()).isEqualTo(200);
        assertThat(new Klant(basis(), token).get("/audit/gemeenten/hillegom/verificatie").status()).isEqualTo(403);

        assertThat(anoniem().post("/ontwikkeltokens", Map.of("rol", "koning")).ongeldigeVelden()).containsExactly("rol");
        assertThat(anoniem().post("/ontwikkeltokens", Map.of("rol", "raad")).ongeldigeVelden()).containsExactly("gemeente");
        assertThat(anoniem().post("/ontwikkeltokens", Map.of("rol", "raad", "gemeente", "atlantis")).ongeldigeVelden()).containsExactly("gemeente");
        assertThat(anoniem().post("/ontwikkeltokens", Map.of("rol", "directie", "gemeente", "lisse")).ongeldigeVelden()).containsExactly("gemeente");

        // through a proxy on this machine, or a page of another site whose name now points here: not from this machine
        assertThat(anoniem().met("X-Forwarded-For", "203.0.113.9").post("/ontwikkeltokens", Map.of("rol", "directie")).status()).isEqualTo(403);
        assertThat(rauw("Host: boze-site.example:" + poort)).startsWith("HTTP/1.1 403");
        assertThat(rauw("Host: localhost:" + poort)).startsWith("HTTP/1.1 201");

        Klant.Antwoord opties = anoniem().get("/aanmeldopties");
        assertThat(opties.status()).isEqualTo(200);
        assertThat(opties.json().get("ontwikkeltokens").asBoolean()).isTrue();
        assertThat(opties.json().get("oidc").isNull()).isTrue();
        assertThat(opties.json().get("gemeenten").findValuesAsText("code")).contains("hillegom", "lisse", "teylingen");
    }

    @Test
    void deBestandenZijnOpenbaarEnDeApiBlijftDicht() {
        Klant open = new Klant("http://localhost:" + poort, null);
        for (String pad : List.of("/", "/index.html", "/web/app.js", "/web/kern.js", "/web/stijl.css")) {
            Klant.Antwoord antwoord = open.met("Accept", "text/html,*/*").get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            assertThat(antwoord.kop("Content-Security-Policy")).as(pad).contains("script-src 'self'", "frame-ancestors 'none'");
        }
        Klant.Antwoord api = anoniem().get("/opdrachten");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.kop("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        // a file that is not there is refused like any other unknown path: nothing beyond the files themselves is open
        assertThat(open.get("/web/bestaat-niet.js").status()).isEqualTo(401);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private long aantalMetTitel(String titel) {
        return directie().get("/opdrachten?paginagrootte=100").json().path("_embedded").path("opdrachten").findValuesAsText("titel")
                .stream().filter(titel::equals).count();
    }

    private BigDecimal toegezegd(int jaar, String gemeente) {
        for (var regel : directie().get("/capaciteit?jaar=" + jaar).json().get("gemeenten")) {
            if (regel.get("gemeente").asText().equals(gemeente)) {
                return regel.get("toegezegdeUren").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    /** What each page shows a rol: its content, or for a rol the table does not allow, a message saying so. */
    private static String inhoud(String pagina, String rol) {
        return switch (pagina) {
            case "Groeimodel", "Capaciteit" -> "main svg[role=img]";
            case "Uitvoeringsagenda" -> "ul.bord > li:nth-child(24)";
            case "Opdrachten" -> "main table caption:text-is('Opdrachten')";
            case "Signalen" -> "main table caption:text-is('Signalen')";
            case "P&C-documenten" -> rol.equals("beheerder") ? "main h2:text-is('Niet voor uw rol')" : "main button:text-is('PDF downloaden')";
            case "Audit" -> Set.of("beheerder", "directie").contains(rol) ? "main h2:text-is('Niet voor uw rol')" : "main h2:text-is('Grootboek klopt')";
            default -> throw new IllegalArgumentException(pagina);
        };
    }

    private static int breedte(Sessie sessie) {
        return ((Number) sessie.pagina.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** Tabs until the focused element has this accessible name (its text or its label). */
    private static void tabNaar(Page p, String naam) {
        tabNaar(p, naam, "Tab");
    }

    private static void tabNaar(Page p, String naam, String toets) {
        for (int i = 0; i < 40; i++) {
            p.keyboard().press(toets);
            Object gevonden = p.evaluate("naam => { const e = document.activeElement; if (!e) return false;"
                    + " const label = e.labels && e.labels.length ? e.labels[0].textContent : '';"
                    + " return (e.textContent || '').trim() === naam || label.trim() === naam; }", naam);
            if (Boolean.TRUE.equals(gevonden)) {
                return;
            }
        }
        throw new AssertionError("met Tab niet bereikt: " + naam);
    }

    /** A POST of a development token over a plain socket, with a Host header of choice; the status line. */
    private String rauw(String host) throws IOException {
        String lichaam = "{\"rol\":\"directie\"}";
        try (Socket socket = new Socket("127.0.0.1", poort)) {
            OutputStream uit = socket.getOutputStream();
            uit.write(("POST /api/v1/ontwikkeltokens HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + lichaam.length() + "\r\nConnection: close\r\n\r\n" + lichaam).getBytes(StandardCharsets.US_ASCII));
            uit.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One browser context and page, with its console errors collected. */
    private final class Sessie implements AutoCloseable {

        final BrowserContext context;
        final Page pagina;
        final List<String> fouten = new ArrayList<>();

        Sessie(int breedte, int hoogte) {
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(breedte, hoogte).setLocale("nl-NL")
                    .setTimezoneId("Europe/Amsterdam"));
            pagina = context.newPage();
            pagina.setDefaultTimeout(20_000);
            pagina.onConsoleMessage(m -> {
                if (m.type().equals("error") || m.type().equals("warning")) {
                    fouten.add(m.type() + ": " + m.text());
                }
            });
            pagina.onPageError(f -> fouten.add("pageerror: " + f));
        }

        void ga(String hash) {
            pagina.navigate("http://localhost:" + poort + "/" + hash);
            wachtOpPagina();
        }

        void meldAanMetToken(String token) {
            if (!pagina.url().startsWith("http://localhost")) {
                ga("#/");
            }
            pagina.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).fill(token);
            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
            pagina.waitForFunction("() => !document.getElementById('menu').hidden");
            wachtOpPagina();
        }

        void klik(String link) {
            pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).click();
            wachtOpPagina();
        }

        /** Until main shows the current hash, fully loaded. */
        void wachtOpPagina() {
            pagina.waitForFunction("() => { const m = document.getElementById('inhoud');"
                    + " return m.getAttribute('aria-busy') === 'false' && m.dataset.getoond === location.hash; }");
        }

        /** axe-core with WCAG 2.1 A and AA: no serious or critical finding; and a screenshot. */
        void controleer(String naam) {
            AxeRunOnlyOptions alleen = new AxeRunOnlyOptions();
            alleen.setType("tag");
            alleen.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
            AxeRunOptions opties = new AxeRunOptions();
            opties.setRunOnly(alleen);
            AxeResults uitslag = new AxeBuilder(pagina).options(opties).analyze();
            List<String> ernstig = uitslag.getViolations().stream().filter(r -> Set.of("serious", "critical").contains(r.getImpact()))
                    .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " " + r.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).limit(3).toList()).toList();
            assertThat(uitslag.getPasses()).isNotEmpty();
            assertThat(ernstig).as("ernstige en kritieke overtredingen van WCAG 2.1 AA op %s", naam).isEmpty();
            schermafdruk(naam);
        }

        void schermafdruk(String naam) {
            pagina.screenshot(new Page.ScreenshotOptions().setPath(SCHERMAFDRUKKEN.resolve(naam + ".png")).setFullPage(true));
        }

        void geenConsolefouten() {
            assertThat(fouten).as("fouten en waarschuwingen in de console").isEmpty();
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
