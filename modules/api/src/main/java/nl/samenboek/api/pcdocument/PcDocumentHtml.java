package nl.samenboek.api.pcdocument;

import nl.samenboek.projections.groeimodel.Groeimodel;
import nl.samenboek.projections.pcdocument.PcDocument;

import java.util.List;

/**
 * The P&C document as a readable, accessible Dutch page (lang, captions, header cells with scope) that is also valid
 * XHTML, so the same page typesets into the PDF, with page numbers and the gemeente's name on every page.
 */
final class PcDocumentHtml {

    private PcDocumentHtml() {
    }

    /** @param samenwerking the name of the samenwerking the document is about ({@code samenboek.samenwerking.naam}) */
    static String schrijf(PcDocument d, String samenwerking) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"UTF-8\" />\n")
                .append("<title>").append(e(d.titel())).append("</title>\n<style>\n").append(stijl(d, samenwerking)).append("</style>\n</head>\n<body>\n");
        h.append("<header><p class=\"bovenregel\">Gemeente ").append(e(d.gemeenteNaam())).append(" · ").append(e(d.soort().naam()))
                .append(" ").append(d.jaar()).append("</p>\n<h1>").append(e(d.titel())).append("</h1>\n<p class=\"doel\">")
                .append(e(d.doel())).append("</p></header>\n<main>\n");

        sectie(h, "herkomst", "Herkomst", "Dit document is berekend uit het grootboek van de gemeente " + d.gemeenteNaam()
                + ". Met de hoofdhash kan een accountant het aan precies deze stand van het grootboek verbinden.");
        tabel(h, "Herkomst van de cijfers", List.of("Kenmerk", "Waarde"), List.of(
                List.of("Peildatum", Opmaak.datum(d.peildatum())),
                List.of("Bekend op", Opmaak.tijdstip(d.bekendOp()) + " (" + d.bekendOp() + ")"),
                List.of("Regels in het grootboek", String.valueOf(d.grootboek().aantal())),
                List.of("Hoofdhash van het grootboek", "<span class=\"hash\">" + e(d.grootboek().hoofdHash()) + "</span>")), 0, -1);

        PcDocument.Totalen t = d.totalen();
        sectie(h, "totalen", "Totalen", "De uren die aan " + d.gemeenteNaam() + " zijn toegerekend, en hun kosten tegen het afdelingstarief (inzicht, geen factuur).");
        tabel(h, "Totalen " + d.jaar(), List.of("", "Geraamde uren", "Toegezegde uren", "Bestede uren", "Kosten", "Kosten besteed"),
                List.of(List.of(e(samenwerking) + " voor " + e(d.gemeenteNaam()), Opmaak.getal(t.geraamdeUren()), Opmaak.getal(t.toegezegdeUren()),
                        Opmaak.getal(t.besteedUren()), Opmaak.euro(t.kosten()), Opmaak.euro(t.besteedKosten()))), 1, -1);

        sectie(h, "opdrachten", "Opdrachten", "De opdrachten van " + d.gemeenteNaam() + " die in " + d.jaar()
                + " spelen, per Iv3-taakveld.");
        tabel(h, "Opdrachten " + d.jaar(), List.of("Opdracht", "Taakveld", "Categorie, soort", "Niveau, status", "Geraamd", "Toegezegd",
                "Besteed", "Kosten"), d.opdrachten().stream().map(o -> List.of(e(o.titel()), e(o.taakveld() + " " + o.taakveldNaam()),
                e(o.categorie()) + ", " + e(o.soort()), e(o.niveau()) + ", " + e(o.status()), Opmaak.getal(o.geraamdeUren()),
                Opmaak.getal(o.toegezegdeUren()), Opmaak.getal(o.besteedUren()), Opmaak.euro(o.kosten()))).toList(), 4, 7);
        groepen(h, "Per programma", d.perProgramma());
        groepen(h, "Per taakveld", d.perTaakveld());
        groepen(h, "Per categorie", d.perCategorie());

        sectie(h, "afspraken", "Output- en outcomeafspraken", "Wat is afgesproken, en wat er op de peildatum van is gemeten.");
        tabel(h, "Afspraken", List.of("Opdracht", "Afspraak", "Streefwaarde", "Realisatie", "Afwijking"),
                d.afspraken().stream().map(a -> List.of(e(a.opdrachtTitel()),
                        e(a.soort()) + ": " + e(a.indicator()) + " (" + e(a.eenheid()) + ")<br />meetmoment " + Opmaak.datum(a.meetmoment())
                                + "; bron: " + e(a.bron()),
                        Opmaak.getal(a.streefwaarde()),
                        a.realisatie() == null ? "nog niet gemeten" : Opmaak.getal(a.realisatie()) + "<br />op " + Opmaak.datum(a.realisatiedatum()),
                        Opmaak.procent(a.afwijking()))).toList(), 2, 4);

        Groeimodel g = d.groeimodel();
        sectie(h, "groeimodel", "Groeimodel", "Van input (uren, 2025) via output (SMART producten en diensten, 2027) naar outcome "
                + "(maatschappelijke effecten, 2030): hoeveel van de toegezegde uren op welk niveau is gecontracteerd.");
        tabel(h, "Toegezegde uren per niveau", List.of("Niveau", "Uren", "Opdrachten"), g.niveaus().entrySet().stream()
                .map(n -> List.of(e(n.getKey()), Opmaak.getal(n.getValue().uren()), String.valueOf(n.getValue().opdrachten()))).toList(), 1, -1);
        tabel(h, "Stand tegen de mijlpalen (aandeel output " + Opmaak.procent(g.aandeelOutput()) + ", aandeel outcome "
                        + Opmaak.procent(g.aandeelOutcome()) + ")", List.of("Mijlpaal", "Niveau", "Norm", "Gerealiseerd", "Behaald"),
                g.mijlpalen().stream().map(m -> List.of(String.valueOf(m.jaar()), e(m.niveau()), Opmaak.procent(m.norm()),
                        Opmaak.procent(m.gerealiseerd()), m.behaald() ? "ja" : "nee")).toList(), 2, -1);

        PcDocument.Capaciteitsregel c = d.capaciteit();
        sectie(h, "capaciteit", "Capaciteit tegen de verdeelsleutel", "Het aandeel van " + d.gemeenteNaam()
                + " in de toegezegde uren van " + samenwerking + ", naast zijn aandeel in de verdeelsleutel; en standaard tegen maatwerk (nota: 80/20).");
        tabel(h, "Capaciteit " + d.jaar(), List.of("Kenmerk", "Waarde"), List.of(
                List.of("Toegezegde uren", Opmaak.getal(c.toegezegdeUren())), List.of("Bestede uren", Opmaak.getal(c.besteedUren())),
                List.of("Kosten", Opmaak.euro(c.kosten())), List.of("Aandeel in de uren", Opmaak.procent(c.aandeelUren())),
                List.of("Aandeel in de verdeelsleutel", Opmaak.procent(c.verdeelsleutelAandeel())),
                List.of("Afwijking", Opmaak.procent(c.afwijking())), List.of("Standaard uren", Opmaak.getal(c.standaardUren())),
                List.of("Maatwerk uren", Opmaak.getal(c.maatwerkUren())), List.of("Aandeel maatwerk", Opmaak.procent(c.aandeelMaatwerk()))), 0, -1);

        sectie(h, "herkomst-van-het-werk", "Herkomst van het werk", "Hoeveel van de uren voor " + d.gemeenteNaam()
                + " voortkomt uit collegebesluiten, raadsmoties, amendementen, toezeggingen aan de raad, wettelijke taken, het "
                + "coalitieakkoord of opdrachten van het bestuur; 'niet-opgegeven' is werk waarvan de herkomst niet is vastgelegd.");
        tabel(h, "Uren naar herkomst " + d.jaar(), List.of("Herkomst", "Toegezegde uren", "Bestede uren"), d.perHerkomst().entrySet().stream()
                .map(e -> List.of(e.getKey(), Opmaak.getal(e.getValue().toegezegdeUren()), Opmaak.getal(e.getValue().besteedUren()))).toList(),
                1, -1);

        sectie(h, "uitvoeringsagenda", "Uitvoeringsagenda", "De stand van de 24 aanbevelingen van de nota HLT Samen Verder op de peildatum.");
        tabel(h, "Aanbevelingen A–X", List.of("", "Aanbeveling", "Categorie", "Deadline", "Status"), d.uitvoeringsagenda().stream()
                .map(a -> List.of(a.letter(), e(a.titel()), e(a.categorie()), Opmaak.datum(a.deadline()), e(a.status()))).toList(), 0, -1);

        sectie(h, "gezamenlijke-bijeenkomsten", "Gezamenlijke raadsbijeenkomsten " + d.jaar(), "De gezamenlijke bijeenkomsten van "
                + "de raden in de P&C-cyclus van " + d.jaar() + " waaraan " + d.gemeenteNaam() + " deelneemt (nota: aanbeveling E); alleen "
                + "een gehouden bijeenkomst van alle gemeenten (voltallig) telt mee.");
        tabel(h, "Bijeenkomsten", List.of("Datum", "Onderwerp", "P&C-moment", "Status", "Voltallig"), d.gezamenlijkeBijeenkomsten().stream()
                .map(b -> List.of(Opmaak.datum(b.datum()), e(b.onderwerp()), b.pcMoment() == null ? "" : e(b.pcMoment()), e(b.status()),
                        b.voltallig() ? "ja" : "nee")).toList(), 0, -1);

        sectie(h, "afwijkingen", "Afwijkingen van meer dan 10 %", d.afwijkingen().isEmpty() ? "Er zijn geen afwijkingen van meer dan 10 %." : "");
        if (!d.afwijkingen().isEmpty()) {
            tabel(h, "Afwijkingen", List.of("Opdracht", "Wat", "Verwacht", "Werkelijk", "Afwijking", "Toelichting"), d.afwijkingen().stream()
                    .map(a -> List.of(e(a.titel()), e(a.omschrijving()), Opmaak.getal(a.verwacht()), Opmaak.getal(a.werkelijk()),
                            "<span class=\"afwijking\">" + Opmaak.procent(a.afwijking()) + "</span>", e(a.toelichting()))).toList(), 2, 4);
        }
        h.append("</main>\n<footer><p>Samengesteld door samenboek uit het grootboek van de gemeente ").append(e(d.gemeenteNaam()))
                .append(". Kosten zijn uren maal afdelingstarief: inzicht, geen factuur.</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void groepen(StringBuilder h, String titel, List<PcDocument.Groepregel> groepen) {
        tabel(h, titel, List.of("", "Omschrijving", "Opdrachten", "Geraamd", "Toegezegd", "Besteed", "Kosten"), groepen.stream()
                .map(r -> List.of(e(r.code()), e(r.omschrijving()), String.valueOf(r.opdrachten()), Opmaak.getal(r.geraamdeUren()),
                        Opmaak.getal(r.toegezegdeUren()), Opmaak.getal(r.besteedUren()), Opmaak.euro(r.kosten()))).toList(), 2, -1);
    }

    private static void sectie(StringBuilder h, String id, String kop, String inleiding) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(e(kop)).append("</h2>\n");
        if (!inleiding.isEmpty()) {
            h.append("<p>").append(e(inleiding)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    /**
     * @param eersteGetal index of the first numeric (right-aligned) column, 0 for none
     * @param laatsteGetal index of the last numeric column, -1 for the last column; cells are already escaped HTML
     */
    private static void tabel(StringBuilder h, String bijschrift, List<String> kop, List<List<String>> rijen, int eersteGetal, int laatsteGetal) {
        int tot = laatsteGetal < 0 ? kop.size() - 1 : laatsteGetal;
        h.append("<table>\n<caption>").append(e(bijschrift)).append("</caption>\n<thead><tr>");
        for (int i = 0; i < kop.size(); i++) {
            h.append("<th scope=\"col\"").append(eersteGetal > 0 && i >= eersteGetal && i <= tot ? " class=\"getal\"" : "").append(">")
                    .append(e(kop.get(i))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        if (rijen.isEmpty()) {
            h.append("<tr><td colspan=\"").append(kop.size()).append("\">Geen.</td></tr>\n");
        }
        for (List<String> rij : rijen) {
            h.append("<tr>");
            for (int i = 0; i < rij.size(); i++) {
                if (i == 0) {
                    h.append("<th scope=\"row\">").append(rij.get(i)).append("</th>");
                } else {
                    h.append("<td").append(eersteGetal > 0 && i >= eersteGetal && i <= tot ? " class=\"getal\"" : "").append(">").append(rij.get(i)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String stijl(PcDocument d, String samenwerking) {
        String kop = ("Gemeente " + d.gemeenteNaam()).replace("\"", "'");
        String rechts = (samenwerking + " · " + d.soort().naam() + " " + d.jaar()).replace("\"", "'");
        return """
                @page { size: A4; margin: 24mm 18mm 22mm 18mm;
                  @top-left { content: "%s"; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444; }
                  @top-right { content: "%s"; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444; }
                  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444; } }
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #1a1a1a; max-width: 60em; margin: 0 auto; padding: 0 1em; }
                .bovenregel { font-size: 9pt; color: #555; text-transform: uppercase; letter-spacing: 0.05em; margin-bottom: 0; }
                h1 { font-size: 17pt; margin: 2pt 0 6pt; color: #12355b; }
                h2 { font-size: 12.5pt; margin: 16pt 0 4pt; color: #12355b; border-bottom: 0.75pt solid #12355b; padding-bottom: 2pt; page-break-after: avoid; }
                p { margin: 3pt 0 6pt; }
                .doel { font-style: italic; }
                table { width: 100%%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 8.5pt; -fs-table-paginate: paginate; }
                td, th { overflow-wrap: break-word; word-wrap: break-word; }
                caption { text-align: left; font-weight: bold; padding: 2pt 0; caption-side: top; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border-bottom: 0.5pt solid #c5ccd3; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
                thead th { background: #e8eef4; border-bottom: 0.75pt solid #12355b; }
                tbody th { font-weight: normal; }
                .getal { text-align: right; white-space: nowrap; }
                .hash { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 8pt; word-break: break-all; }
                .afwijking { color: #8a1c1c; font-weight: bold; }
                footer { margin-top: 14pt; font-size: 8.5pt; color: #555; border-top: 0.5pt solid #c5ccd3; padding-top: 4pt; }
                """.formatted(kop, rechts);
    }

    /** XML/HTML escaping of text. */
    static String e(String tekst) {
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
}
