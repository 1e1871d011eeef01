package nl.samenboek.app.pcdocument;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of P&C document as HTML, loaded over HTTP by a real browser (headless Chromium, the system's) as the
 * application serves it, Content-Security-Policy and all: axe-core finds nothing serious or critical against WCAG 2.1
 * A and AA, and the page is styled by its own stylesheet, which the policy lets through and nothing else
 * (docs/pc-documenten.md). Without Chromium these tests fail rather than pass unseen: {@code make test} needs it
 * (README.md; CI installs it).
 */
class HtmlToegankelijkheidIT extends Publicatiejaar {

    private static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> ERNSTIG = Set.of("serious", "critical");

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startDeBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("SAMENBOEK_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium ontbreekt op %s: installeer het (apt-get install chromium) of wijs het aan met SAMENBOEK_CHROMIUM", chromium)
                .isTrue();
        // Playwright brings its driver in its jar; it downloads no browser of its own and drives the system's Chromium
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"begroting", "voorjaarsnota", "najaarsnota", "jaarrekening"})
    void deHtmlHeeftGeenErnstigeOvertredingenVanWcag21AA(String soort) {
        try (Page pagina = open(soort, new ArrayList<>())) {
            AxeResults uitslag = new AxeBuilder(pagina).withTags(WCAG21_AA).analyze();

            List<String> ernstig = uitslag.getViolations().stream().filter(r -> ERNSTIG.contains(r.getImpact()))
                    .map(HtmlToegankelijkheidIT::beschrijf).toList();
            System.out.printf("axe-core %s %s: %d regels voldaan, %d overtreden (%d ernstig), onbeslist: %s%n", uitslag.getTestEngine().getVersion(),
                    soort, uitslag.getPasses().size(), uitslag.getViolations().size(), ernstig.size(),
                    uitslag.getIncomplete().stream().map(Rule::getId).toList());
            assertThat(uitslag.getPasses()).as("axe-core heeft de pagina gecontroleerd").isNotEmpty();
            assertThat(ernstig).as("ernstige en kritieke overtredingen van WCAG 2.1 AA in de %s", soort).isEmpty();
        }
    }

    /** The browser enforces the policy the page came with, applies the stylesheet and reports nothing blocked. */
    @Test
    void deBrowserPastHetEigenStijlbladToeEnBlokkeertNiets() {
        List<String> meldingen = new ArrayList<>();
        try (Page pagina = open("jaarrekening", meldingen)) {
            assertThat(pagina.evalOnSelector("h1", "kop => getComputedStyle(kop).color")).isEqualTo("rgb(18, 53, 91)");
            assertThat(pagina.evalOnSelector("thead th", "cel => getComputedStyle(cel).backgroundColor")).isEqualTo("rgb(232, 238, 244)");
            assertThat(pagina.locator("svg[role=img]").count()).isEqualTo(2);
        }
        assertThat(meldingen).as("meldingen van de browser").noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
    }

    /** The document as the raad of the gemeente opens it: its token, asking for HTML; console messages are collected. */
    private Page open(String soort, List<String> meldingen) {
        Page pagina = browser.newPage();
        pagina.onConsoleMessage(melding -> meldingen.add(melding.type() + ": " + melding.text()));
        pagina.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token("raad", GEMEENTE), "Accept", "text/html"));
        Response antwoord = pagina.navigate(basis() + adres(soort));
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.headerValue("content-security-policy")).startsWith("default-src 'none'; style-src 'sha256-");
        return pagina;
    }

    private static String beschrijf(Rule regel) {
        StringBuilder tekst = new StringBuilder(regel.getImpact()).append(' ').append(regel.getId()).append(": ").append(regel.getHelp());
        for (CheckedNode knoop : regel.getNodes()) {
            tekst.append("\n    ").append(knoop.getTarget()).append(' ').append(knoop.getHtml());
        }
        return tekst.toString();
    }
}
