package nl.samenboek.app.pcdocument;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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

    /** Per table without its header cells, its caption and what is missing. */
    private static final String ONTBREKENDE_KOPCELLEN = """
            () => [...document.querySelectorAll('table')].flatMap((tabel, n) => {
              const naam = tabel.caption ? tabel.caption.textContent : 'tabel ' + (n + 1);
              const breedte = Math.max(...[...tabel.rows].map(rij => [...rij.cells].reduce((som, cel) => som + cel.colSpan, 0)));
              const kop = tabel.tHead ? [...tabel.tHead.rows[0].cells] : [];
              const fouten = [];
              if (!tabel.caption) fouten.push(naam + ': geen bijschrift');
              if (kop.length !== breedte || kop.some(cel => cel.tagName !== 'TH' || cel.scope !== 'col'))
                fouten.push(naam + ': niet elke kolom heeft een kopcel met scope="col"');
              const rijen = [...tabel.tBodies].flatMap(romp => [...romp.rows]).filter(rij => rij.cells.length === breedte);
              if (rijen.some(rij => rij.cells[0].tagName !== 'TH' || rij.cells[0].scope !== 'row'))
                fouten.push(naam + ': niet elke rij begint met een kopcel met scope="row"');
              return fouten;
            })""";

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
    @ValueSource(strings = {"begroting", "voorjaarsnota", "najaarsnota", "jaarrekening", EVALUATIE, SAMENWERKING + "kaderbrief",
            SAMENWERKING + "begroting", SAMENWERKING + "jaarrekening"})
    void deHtmlHeeftGeenErnstigeOvertredingenVanWcag21AA(String soort) {
        try (Page pagina = open(soort, new ArrayList<>())) {
            AxeResults uitslag = new AxeBuilder(pagina).options(wcag21AA()).analyze();

            List<String> ernstig = uitslag.getViolations().stream().filter(r -> ERNSTIG.contains(r.getImpact()))
                    .map(HtmlToegankelijkheidIT::beschrijf).toList();
            System.out.printf("axe-core %s %s: %d regels voldaan, %d overtreden (%d ernstig), onbeslist: %s%n", uitslag.getTestEngine().getVersion(),
                    soort, uitslag.getPasses().size(), uitslag.getViolations().size(), ernstig.size(),
                    uitslag.getIncomplete().stream().map(Rule::getId).toList());
            assertThat(uitslag.getPasses()).as("axe-core heeft de pagina gecontroleerd").isNotEmpty();
            assertThat(ernstig).as("ernstige en kritieke overtredingen van WCAG 2.1 AA in de %s", soort).isEmpty();
        }
    }

    /**
     * What axe-core cannot see: a table whose column headers are plain cells still has headers for every cell when its
     * rows have theirs. Every table has a caption, a header cell with scope="col" over each column and one with
     * scope="row" at the start of each row (docs/pc-documenten.md).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"begroting", "voorjaarsnota", "najaarsnota", "jaarrekening", SAMENWERKING + "kaderbrief",
            SAMENWERKING + "jaarrekening"})
    void elkeTabelHeeftKopcellenVoorKolommenEnRijen(String soort) {
        try (Page pagina = open(soort, new ArrayList<>())) {
            Object tabellen = pagina.evaluate("() => document.querySelectorAll('table').length");
            assertThat(((Number) tabellen).intValue()).isGreaterThanOrEqualTo(soort.startsWith(SAMENWERKING) ? 6 : 10);
            assertThat(pagina.evaluate(ONTBREKENDE_KOPCELLEN)).as("tabellen zonder kopcellen in de %s", soort).isEqualTo(List.of());
        }
    }

    /** The browser enforces the policy the page came with, applies the stylesheet and reports nothing blocked. */
    @Test
    void deBrowserPastHetEigenStijlbladToeEnBlokkeertNiets() {
        List<String> meldingen = new ArrayList<>();
        try (Page pagina = open("jaarrekening", meldingen)) {
            assertThat(pagina.evalOnSelector("h1", "kop => getComputedStyle(kop).color")).isEqualTo("rgb(18, 53, 91)");
            assertThat(pagina.evalOnSelector("thead th", "cel => getComputedStyle(cel).backgroundColor")).isEqualTo("rgb(232, 238, 244)");
            // groeimodel (hours per niveau), capaciteit (shares against the verdeelsleutel), herkomst; each named for a screen reader
            assertThat(pagina.locator("svg[role=img]").count()).isGreaterThanOrEqualTo(3);
            assertThat(pagina.locator("#diagram-capaciteit").getAttribute("aria-label")).startsWith("Staafdiagram: Aandeel in de uren");
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

    /**
     * WCAG 2.1 A and AA, with td-has-header switched on: axe-core keeps that rule experimental, but every table here is a
     * data table and every data cell has a header.
     */
    private static AxeRunOptions wcag21AA() {
        AxeRunOnlyOptions alleen = new AxeRunOnlyOptions();
        alleen.setType("tag");
        alleen.setValues(WCAG21_AA);
        AxeRuleOptions aan = new AxeRuleOptions();
        aan.setEnabled(true);
        AxeRunOptions opties = new AxeRunOptions();
        opties.setRunOnly(alleen);
        opties.setRules(Map.of("td-has-header", aan));
        return opties;
    }

    private static String beschrijf(Rule regel) {
        StringBuilder tekst = new StringBuilder(regel.getImpact()).append(' ').append(regel.getId()).append(": ").append(regel.getHelp());
        for (CheckedNode knoop : regel.getNodes()) {
            tekst.append("\n    ").append(knoop.getTarget()).append(' ').append(knoop.getHtml());
        }
        return tekst.toString();
    }
}
