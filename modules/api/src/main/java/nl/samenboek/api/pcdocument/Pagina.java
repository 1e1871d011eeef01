package nl.samenboek.api.pcdocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The page every published document of samenboek is written on (docs/pc-documenten.md): one XHTML skeleton and one
 * stylesheet that read in a browser and typeset through {@link Pdfzetter} into a tagged PDF/UA-1 and PDF/A-2a document
 * (A4, the running heads on every page, "Pagina 1 van 6"), with the building blocks that keep both accessible: sections
 * with a heading, tables with a caption and header cells with a scope, and bar charts with an accessible name beside the
 * table that carries their figures. {@link #inhoudsbeleid(String)} gives the Content-Security-Policy under which a
 * browser applies exactly this page's stylesheet and nothing else.
 *
 * <p>Cells, introductions and labels handed to these methods are text unless a parameter says it is HTML; text is
 * escaped here.
 */
public final class Pagina {

    private static final String STIJL_BEGIN = "<style>";
    private static final String STIJL_EINDE = "</style>";

    private Pagina() {
    }

    /**
     * What heads a page.
     *
     * @param titel      the title of the page and of the PDF (its first heading)
     * @param bovenregel the small line above the title
     * @param doel       what the document is for, below the title; also the PDF's subject
     * @param kopLinks   the running head at the top left of every printed page
     * @param kopRechts  the running head at the top right of every printed page
     */
    public record Kop(String titel, String bovenregel, String doel, String kopLinks, String kopRechts) {
    }

    /** A column of a table: its header and how its cells align. */
    public record Kolom(String kop, Soort soort) {

        /** Text, left-aligned, wraps. */
        public static Kolom tekst(String kop) {
            return new Kolom(kop, Soort.TEKST);
        }

        /** A number or amount: right-aligned, never broken. */
        public static Kolom getal(String kop) {
            return new Kolom(kop, Soort.GETAL);
        }

        /** A date, a status or a short code: never broken. */
        public static Kolom kort(String kop) {
            return new Kolom(kop, Soort.KORT);
        }

        /** Text that deserves room (a title, an explanation): a fifth of the table's width. */
        public static Kolom breed(String kop) {
            return new Kolom(kop, Soort.BREED);
        }
    }

    public enum Soort {
        TEKST(null), GETAL("getal"), KORT("kort"), BREED("breed");

        private final String klasse;

        Soort(String klasse) {
            this.klasse = klasse;
        }
    }

    /** One bar of a chart: its label and its value. */
    public record Staaf(String label, BigDecimal waarde) {
    }

    /**
     * The head of the page up to and including the opening of {@code <main>}: language, title, subject, the stylesheet
     * and the running heads of the printed pages. The caller writes the sections and then calls {@link #sluit}.
     */
    public static StringBuilder begin(Kop kop) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\" xml:lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(e(kop.titel())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(e(kop.doel())).append("\" />\n")
                .append("<meta name=\"author\" content=\"samenboek\" />\n")
                .append(STIJL_BEGIN).append('\n').append(stijl(kop)).append(STIJL_EINDE).append("\n</head>\n<body>\n")
                .append("<header>\n<p class=\"bovenregel\">").append(e(kop.bovenregel())).append("</p>\n<h1>").append(e(kop.titel()))
                .append("</h1>\n<p class=\"doel\">").append(e(kop.doel())).append("</p>\n</header>\n<main>\n");
        return h;
    }

    /** Closes {@code <main>}, writes the footer (text) and ends the page. */
    public static String sluit(StringBuilder h, String voetregel) {
        h.append("</main>\n<footer>\n<p>").append(e(voetregel)).append("</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Opens a section with its heading (level 2) and an introduction (text, left out when empty); close it with {@link #sluitSectie}. */
    public static void sectie(StringBuilder h, String id, String kop, String inleiding) {
        sectie(h, id, kop, inleiding, false);
    }

    /**
     * Likewise; {@code bijeen}: a short section that the printed page should not split, such as one with a chart, so
     * its heading and introduction do not end a page while the chart starts the next.
     */
    public static void sectie(StringBuilder h, String id, String kop, String inleiding, boolean bijeen) {
        h.append("<section id=\"").append(e(id)).append(bijeen ? "\" class=\"bijeen" : "").append("\" aria-labelledby=\"")
                .append(e(id)).append("-kop\">\n<h2 id=\"")
                .append(e(id)).append("-kop\">").append(e(kop)).append("</h2>\n");
        if (!inleiding.isEmpty()) {
            h.append("<p>").append(e(inleiding)).append("</p>\n");
        }
    }

    public static void sluitSectie(StringBuilder h) {
        h.append("</section>\n");
    }

    /**
     * A table with a caption, a header row of column headers and, as the first cell of every row, a row header.
     *
     * @param rijen the cells, already HTML (escape text with {@link #e}); an empty list shows one row "Geen."
     */
    public static void tabel(StringBuilder h, String bijschrift, List<Kolom> kolommen, List<List<String>> rijen) {
        h.append("<table>\n<caption>").append(e(bijschrift)).append("</caption>\n<thead>\n<tr>");
        for (Kolom kolom : kolommen) {
            h.append("<th scope=\"col\"").append(klasse(kolom)).append(">").append(e(kolom.kop())).append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        if (rijen.isEmpty()) {
            h.append("<tr><td colspan=\"").append(kolommen.size()).append("\">Geen.</td></tr>\n");
        }
        for (List<String> rij : rijen) {
            h.append("<tr>");
            for (int i = 0; i < rij.size(); i++) {
                String cel = i == 0 ? "th" : "td";
                h.append('<').append(cel).append(i == 0 ? " scope=\"row\"" : "").append(klasse(kolommen.get(i))).append('>')
                        .append(rij.get(i)).append("</").append(cel).append('>');
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /**
     * A bar chart with, beside it, the table of the same figures (its text alternative for whoever does not see it).
     * The chart is a horizontal bar chart as inline SVG: vector in the browser and in the PDF, an image whose accessible
     * name states every bar's value, so a screen reader and the PDF's alternate text carry the figures too.
     *
     * @param titel   what the chart shows, e.g. "Toegezegde uren per niveau"
     * @param eenheid the unit after each value in the accessible name, e.g. "uur"
     */
    public static void diagramMetTabel(StringBuilder h, String id, String titel, String eenheid, List<Staaf> staven,
                                       String bijschrift, List<Kolom> kolommen, List<List<String>> rijen) {
        h.append("<div class=\"diagram-en-tabel\">\n");
        staafdiagram(h, id, titel, eenheid, staven);
        h.append("<div class=\"naast-diagram\">\n");
        tabel(h, bijschrift, kolommen, rijen);
        h.append("</div>\n</div>\n");
    }

    private static void staafdiagram(StringBuilder h, String id, String titel, String eenheid, List<Staaf> staven) {
        BigDecimal grootste = staven.stream().map(Staaf::waarde).filter(w -> w != null && w.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        StringBuilder naam = new StringBuilder("Staafdiagram: ").append(titel).append('.');
        for (Staaf staaf : staven) {
            naam.append(' ').append(staaf.label()).append(": ").append(Opmaak.getal(staaf.waarde())).append(' ').append(eenheid).append(';');
        }
        if (!staven.isEmpty()) {
            naam.setCharAt(naam.length() - 1, '.');
        }
        int rij = 24;
        int labelbreedte = 112;
        int staafruimte = 170;
        int breedte = labelbreedte + staafruimte + 62;
        int hoogte = Math.max(1, staven.size()) * rij + 6;
        // openhtmltopdf tags the svg as a Figure whose alternate text is its alt attribute (not valid HTML, ignored by
        // browsers, which read aria-label); both carry the same name
        h.append("<div class=\"diagram\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(e(id)).append("\" role=\"img\" aria-label=\"")
                .append(e(naam.toString())).append("\" alt=\"").append(e(naam.toString())).append("\" width=\"").append(breedte)
                .append("\" height=\"").append(hoogte).append("\" viewBox=\"0 0 ").append(breedte).append(' ').append(hoogte)
                .append("\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"11\">\n");
        for (int i = 0; i < staven.size(); i++) {
            Staaf staaf = staven.get(i);
            BigDecimal waarde = staaf.waarde() == null || staaf.waarde().signum() < 0 ? BigDecimal.ZERO : staaf.waarde();
            int lengte = Math.max(1, waarde.multiply(BigDecimal.valueOf(staafruimte)).divide(grootste, 0, RoundingMode.HALF_UP).intValue());
            int y = 3 + i * rij;
            h.append("<text x=\"").append(labelbreedte - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\" fill=\"#1a1a1a\">")
                    .append(e(staaf.label())).append("</text>")
                    .append("<rect x=\"").append(labelbreedte).append("\" y=\"").append(y + 3).append("\" width=\"").append(lengte)
                    .append("\" height=\"").append(rij - 8).append("\" fill=\"#12355b\" />")
                    .append("<text x=\"").append(labelbreedte + lengte + 4).append("\" y=\"").append(y + 14)
                    .append("\" fill=\"#1a1a1a\">").append(e(Opmaak.getal(staaf.waarde()))).append("</text>\n");
        }
        h.append("<line x1=\"").append(labelbreedte).append("\" y1=\"0\" x2=\"").append(labelbreedte).append("\" y2=\"").append(hoogte)
                .append("\" stroke=\"#444444\" stroke-width=\"1\" />\n</svg>\n</div>\n");
    }

    /**
     * The Content-Security-Policy for a page written with {@link #begin}: nothing may load or run ({@code default-src
     * 'none'}), no one may frame it, and the one stylesheet in its head applies, named by its SHA-256.
     */
    public static String inhoudsbeleid(String html) {
        int begin = html.indexOf(STIJL_BEGIN);
        int einde = html.indexOf(STIJL_EINDE, begin);
        if (begin < 0 || einde < 0) {
            throw new IllegalArgumentException("deze pagina heeft geen stijlblad van Pagina");
        }
        String stijl = html.substring(begin + STIJL_BEGIN.length(), einde);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(stijl.getBytes(StandardCharsets.UTF_8));
            return "default-src 'none'; style-src 'sha256-" + Base64.getEncoder().encodeToString(hash) + "'; frame-ancestors 'none'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt", e);
        }
    }

    /** XML/HTML escaping of text; control characters that XML does not allow are left out. */
    public static String e(String tekst) {
        if (tekst == null) {
            return "";
        }
        StringBuilder uit = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '&' -> uit.append("&amp;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        uit.append(c);
                    }
                }
            }
        }
        return uit.toString();
    }

    private static String klasse(Kolom kolom) {
        return kolom.soort().klasse == null ? "" : " class=\"" + kolom.soort().klasse + "\"";
    }

    /**
     * A CSS string literal: quotes and backslashes escaped, no line breaks, and {@code <} and {@code &} as CSS escapes,
     * so the stylesheet reads the same to an XML parser (the PDF) as to an HTML parser (the browser, whose hash of it
     * the Content-Security-Policy names).
     */
    private static String cssTekst(String tekst) {
        return "\"" + (tekst == null ? "" : tekst.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ')
                .replace("<", "\\3C ").replace("&", "\\26 ")) + "\"";
    }

    private static String stijl(Kop kop) {
        return """
                @page { size: A4; margin: 24mm 18mm 22mm 18mm;
                  @top-left { content: %s; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444444; }
                  @top-right { content: %s; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444444; }
                  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444444; } }
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #1a1a1a; background: #ffffff; max-width: 60em; margin: 0 auto; padding: 0 1em; }
                .bovenregel { font-size: 9pt; color: #555555; text-transform: uppercase; letter-spacing: 0.05em; margin-bottom: 0; }
                h1 { font-size: 17pt; margin: 2pt 0 6pt; color: #12355b; }
                h2 { font-size: 12.5pt; margin: 16pt 0 4pt; color: #12355b; border-bottom: 0.75pt solid #12355b; padding-bottom: 2pt; page-break-after: avoid; -fs-page-break-min-height: 45mm; }
                p { margin: 3pt 0 6pt; }
                .doel { font-style: italic; }
                table { width: 100%%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 8.5pt; -fs-table-paginate: paginate; }
                caption { text-align: left; font-weight: bold; padding: 2pt 0; caption-side: top; page-break-after: avoid; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border-bottom: 0.5pt solid #c5ccd3; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
                thead th { background: #e8eef4; border-bottom: 0.75pt solid #12355b; }
                tbody th { font-weight: normal; }
                .getal { text-align: right; white-space: nowrap; }
                .kort { white-space: nowrap; }
                .breed { width: 20%%; }
                .bijeen { page-break-inside: avoid; }
                .hash { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 8pt; word-break: break-all; }
                .afwijking { color: #8a1c1c; font-weight: bold; }
                .diagram-en-tabel { page-break-inside: avoid; margin: 4pt 0 10pt; }
                .diagram { display: inline-block; vertical-align: top; width: 50%%; margin-top: 18pt; }
                .diagram svg { max-width: 100%%; height: auto; }
                .naast-diagram { display: inline-block; vertical-align: top; width: 49%%; }
                .naast-diagram table { margin: 0; }
                @media screen and (max-width: 40em) { .diagram, .naast-diagram { display: block; width: 100%%; } }
                footer { margin-top: 14pt; font-size: 8.5pt; color: #555555; border-top: 0.5pt solid #c5ccd3; padding-top: 4pt; }
                """.formatted(cssTekst(kop.kopLinks()), cssTekst(kop.kopRechts()));
    }
}
