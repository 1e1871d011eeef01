package nl.samenboek.api.pcdocument;

import nl.samenboek.api.pcdocument.Pagina.Kolom;
import nl.samenboek.api.pcdocument.Pagina.Staaf;
import nl.samenboek.projections.groeimodel.Groeimodel;
import nl.samenboek.projections.pcdocument.PcDocument;

import java.util.List;

import static nl.samenboek.api.pcdocument.Pagina.e;
import static nl.samenboek.api.pcdocument.Pagina.sectie;
import static nl.samenboek.api.pcdocument.Pagina.sluitSectie;
import static nl.samenboek.api.pcdocument.Pagina.tabel;

/**
 * The P&C document as a readable, accessible Dutch page on the shared {@link Pagina}: one section per part, each with
 * its heading and tables with a caption and header cells; the hours per groeimodel niveau and per herkomst also as a
 * bar chart beside their table. It is valid XHTML, so the same page typesets into the PDF ({@link Pdfzetter}).
 */
final class PcDocumentHtml {

    private PcDocumentHtml() {
    }

    /** @param samenwerking the name of the samenwerking the document is about ({@code samenboek.samenwerking.naam}) */
    static String schrijf(PcDocument d, String samenwerking) {
        String soortEnJaar = d.soort().naam() + " " + d.jaar();
        StringBuilder h = Pagina.begin(new Pagina.Kop(d.titel(), "Gemeente " + d.gemeenteNaam() + " · " + soortEnJaar, d.doel(),
                "Gemeente " + d.gemeenteNaam(), samenwerking + " · " + soortEnJaar));

        sectie(h, "herkomst", "Herkomst", "Dit document is berekend uit het grootboek van de gemeente " + d.gemeenteNaam()
                + ". Met de hoofdhash kan een accountant het aan precies deze stand van het grootboek verbinden.");
        tabel(h, "Herkomst van de cijfers", List.of(Kolom.tekst("Kenmerk"), Kolom.tekst("Waarde")), List.of(
                List.of("Peildatum", Opmaak.datum(d.peildatum())),
                List.of("Bekend op", e(Opmaak.tijdstip(d.bekendOp()) + " (" + d.bekendOp() + ")")),
                List.of("Regels in het grootboek", String.valueOf(d.grootboek().aantal())),
                List.of("Hoofdhash van het grootboek", "<span class=\"hash\">" + e(d.grootboek().hoofdHash()) + "</span>")));
        sluitSectie(h);

        PcDocument.Totalen t = d.totalen();
        sectie(h, "totalen", "Totalen", "De uren die aan " + d.gemeenteNaam() + " zijn toegerekend, en hun kosten tegen het "
                + "afdelingstarief (inzicht, geen factuur).");
        tabel(h, "Totalen " + d.jaar(), List.of(Kolom.tekst("Voor wie"), Kolom.getal("Geraamde uren"), Kolom.getal("Toegezegde uren"),
                        Kolom.getal("Bestede uren"), Kolom.getal("Kosten"), Kolom.getal("Kosten besteed")),
                List.of(List.of(e(samenwerking) + " voor " + e(d.gemeenteNaam()), Opmaak.getal(t.geraamdeUren()), Opmaak.getal(t.toegezegdeUren()),
                        Opmaak.getal(t.besteedUren()), Opmaak.euro(t.kosten()), Opmaak.euro(t.besteedKosten()))));
        sluitSectie(h);

        budget(h, d, samenwerking);

        sectie(h, "opdrachten", "Opdrachten", "De opdrachten van " + d.gemeenteNaam() + " die in " + d.jaar()
                + " spelen, per Iv3-taakveld.");
        tabel(h, "Opdrachten " + d.jaar(), List.of(Kolom.breed("Opdracht"), Kolom.tekst("Taakveld"), Kolom.tekst("Categorie, soort"),
                        Kolom.tekst("Niveau, status"), Kolom.getal("Geraamd"), Kolom.getal("Toegezegd"), Kolom.getal("Besteed"), Kolom.getal("Kosten")),
                d.opdrachten().stream().map(o -> List.of(e(o.titel()), e(o.taakveld() + " " + o.taakveldNaam()),
                        e(o.categorie()) + ", " + e(o.soort()), e(o.niveau()) + ", " + e(o.status()), Opmaak.getal(o.geraamdeUren()),
                        Opmaak.getal(o.toegezegdeUren()), Opmaak.getal(o.besteedUren()), Opmaak.euro(o.kosten()))).toList());
        groepen(h, "Per programma", d.perProgramma());
        groepen(h, "Per taakveld", d.perTaakveld());
        groepen(h, "Per categorie", d.perCategorie());
        sluitSectie(h);

        sectie(h, "afspraken", "Output- en outcomeafspraken", "Wat is afgesproken, en wat er op de peildatum van is gemeten.");
        tabel(h, "Afspraken", List.of(Kolom.breed("Opdracht"), Kolom.tekst("Afspraak"), Kolom.getal("Streefwaarde"), Kolom.getal("Realisatie"),
                        Kolom.getal("Afwijking")),
                d.afspraken().stream().map(a -> List.of(e(a.opdrachtTitel()),
                        e(a.soort()) + ": " + e(a.indicator()) + " (" + e(a.eenheid()) + ")<br />meetmoment " + Opmaak.datum(a.meetmoment())
                                + "; bron: " + e(a.bron()),
                        Opmaak.getal(a.streefwaarde()),
                        a.realisatie() == null ? "nog niet gemeten" : Opmaak.getal(a.realisatie()) + "<br />op " + Opmaak.datum(a.realisatiedatum()),
                        Opmaak.procent(a.afwijking()))).toList());
        sluitSectie(h);

        Groeimodel g = d.groeimodel();
        sectie(h, "groeimodel", "Groeimodel", "Van input (uren, 2025) via output (SMART producten en diensten, 2027) naar outcome "
                + "(maatschappelijke effecten, 2030): hoeveel van de toegezegde uren op welk niveau is gecontracteerd.", true);
        Pagina.diagramMetTabel(h, "diagram-niveaus", "Toegezegde uren per niveau", "uur", g.niveaus().entrySet().stream()
                        .map(n -> new Staaf(n.getKey(), n.getValue().uren())).toList(),
                "Toegezegde uren per niveau", List.of(Kolom.tekst("Niveau"), Kolom.getal("Uren"), Kolom.getal("Opdrachten")),
                g.niveaus().entrySet().stream().map(n -> List.of(e(n.getKey()), Opmaak.getal(n.getValue().uren()),
                        String.valueOf(n.getValue().opdrachten()))).toList());
        tabel(h, "Stand tegen de mijlpalen (aandeel output " + Opmaak.procent(g.aandeelOutput()) + ", aandeel outcome "
                        + Opmaak.procent(g.aandeelOutcome()) + ")", List.of(Kolom.kort("Mijlpaal"), Kolom.tekst("Niveau"), Kolom.getal("Norm"),
                        Kolom.getal("Gerealiseerd"), Kolom.getal("Behaald")),
                g.mijlpalen().stream().map(m -> List.of(String.valueOf(m.jaar()), e(m.niveau()), Opmaak.procent(m.norm()),
                        Opmaak.procent(m.gerealiseerd()), m.behaald() ? "ja" : "nee")).toList());
        sluitSectie(h);

        PcDocument.Capaciteitsregel c = d.capaciteit();
        sectie(h, "capaciteit", "Capaciteit tegen de verdeelsleutel", "Het aandeel van " + d.gemeenteNaam()
                + " in de toegezegde uren van " + samenwerking + ", naast zijn aandeel in de verdeelsleutel; en standaard tegen maatwerk (nota: 80/20).",
                true);
        Pagina.diagramMetTabel(h, "diagram-capaciteit", "Aandeel in de uren tegen de verdeelsleutel, in procenten", "%", List.of(
                        new Staaf("Aandeel uren", procenten(c.aandeelUren())), new Staaf("Verdeelsleutel", procenten(c.verdeelsleutelAandeel())),
                        new Staaf("Maatwerk", procenten(c.aandeelMaatwerk()))),
                "Capaciteit " + d.jaar(), List.of(Kolom.tekst("Kenmerk"), Kolom.getal("Waarde")), List.of(
                List.of("Toegezegde uren", Opmaak.getal(c.toegezegdeUren())), List.of("Bestede uren", Opmaak.getal(c.besteedUren())),
                List.of("Kosten", Opmaak.euro(c.kosten())), List.of("Aandeel in de uren", Opmaak.procent(c.aandeelUren())),
                List.of("Aandeel in de verdeelsleutel", Opmaak.procent(c.verdeelsleutelAandeel())),
                List.of("Afwijking", Opmaak.procent(c.afwijking())), List.of("Standaard uren", Opmaak.getal(c.standaardUren())),
                List.of("Maatwerk uren", Opmaak.getal(c.maatwerkUren())), List.of("Aandeel maatwerk", Opmaak.procent(c.aandeelMaatwerk()))));
        sluitSectie(h);

        sectie(h, "herkomst-van-het-werk", "Herkomst van het werk", "Hoeveel van de uren voor " + d.gemeenteNaam()
                + " voortkomt uit collegebesluiten, raadsmoties, amendementen, toezeggingen aan de raad, wettelijke taken, het "
                + "coalitieakkoord of opdrachten van het bestuur; 'niet-opgegeven' is werk waarvan de herkomst niet is vastgelegd.", true);
        Pagina.diagramMetTabel(h, "diagram-herkomst", "Toegezegde uren naar herkomst", "uur", d.perHerkomst().entrySet().stream()
                        .map(u -> new Staaf(u.getKey(), u.getValue().toegezegdeUren())).toList(),
                "Uren naar herkomst " + d.jaar(), List.of(Kolom.tekst("Herkomst"), Kolom.getal("Toegezegde uren"), Kolom.getal("Bestede uren")),
                d.perHerkomst().entrySet().stream().map(u -> List.of(e(u.getKey()), Opmaak.getal(u.getValue().toegezegdeUren()),
                        Opmaak.getal(u.getValue().besteedUren()))).toList());
        sluitSectie(h);

        if (!d.jaarschijven().isEmpty()) {
            sectie(h, "jaarschijven", "Meerjarenraming", "Het begrotingsjaar en de drie jaren erna, zoals nu bekend: de aan "
                    + d.gemeenteNaam() + " toegerekende toegezegde en geraamde uren, en de kosten van de toegezegde uren tegen het "
                    + "afdelingstarief van dat jaar (zolang dat er niet is, dat van het begrotingsjaar).");
            tabel(h, "Jaarschijven " + d.jaar() + "–" + (d.jaar() + d.jaarschijven().size() - 1), List.of(Kolom.kort("Jaar"),
                            Kolom.getal("Toegezegde uren"), Kolom.getal("Geraamde uren"), Kolom.getal("Kosten")),
                    d.jaarschijven().stream().map(j -> List.of(String.valueOf(j.jaar()), Opmaak.getal(j.toegezegdeUren()),
                            Opmaak.getal(j.geraamdeUren()), Opmaak.euro(j.kosten()))).toList());
            sluitSectie(h);
        }

        sectie(h, "formatie", "Formatie", "De formatie van de teams van " + samenwerking + " in " + d.jaar() + ", naast de capaciteit "
                + "van hun werkplan. Beschikbare uren = (fte − vacatures) × uren per fte + uren inhuur.");
        tabel(h, "Formatie " + d.jaar(), List.of(Kolom.tekst("Team"), Kolom.getal("Fte"), Kolom.getal("Vacatures (fte)"),
                        Kolom.getal("Uren per fte"), Kolom.getal("Inhuur (uren)"), Kolom.getal("Beschikbare uren"),
                        Kolom.getal("Capaciteit werkplan")),
                d.formatie().stream().map(f -> List.of(e(f.team()), Opmaak.getal(f.fte()), Opmaak.getal(f.vacaturesFte()),
                        Opmaak.getal(f.urenPerFte()), Opmaak.getal(f.inhuurUren()), Opmaak.getal(f.beschikbareUren()),
                        f.werkplanCapaciteit() == null ? "geen werkplan" : Opmaak.getal(f.werkplanCapaciteit()))).toList());
        sluitSectie(h);

        sectie(h, "uitvoeringsagenda", "Uitvoeringsagenda", "De stand van de 24 aanbevelingen van de nota HLT Samen Verder op de peildatum.");
        tabel(h, "Aanbevelingen A–X", List.of(Kolom.kort("Letter"), Kolom.tekst("Aanbeveling"), Kolom.tekst("Categorie"), Kolom.kort("Deadline"),
                        Kolom.kort("Status")),
                d.uitvoeringsagenda().stream().map(a -> List.of(e(a.letter()), e(a.titel()), e(a.categorie()), Opmaak.datum(a.deadline()),
                        e(a.status()))).toList());
        sluitSectie(h);

        sectie(h, "gezamenlijke-bijeenkomsten", "Gezamenlijke raadsbijeenkomsten " + d.jaar(), "De gezamenlijke bijeenkomsten van "
                + "de raden in de P&C-cyclus van " + d.jaar() + " waaraan " + d.gemeenteNaam() + " deelneemt (nota: aanbeveling E); alleen "
                + "een gehouden bijeenkomst van alle gemeenten (voltallig) telt mee.");
        tabel(h, "Bijeenkomsten", List.of(Kolom.kort("Datum"), Kolom.breed("Onderwerp"), Kolom.kort("P&C-moment"), Kolom.kort("Status"),
                        Kolom.kort("Voltallig")), d.gezamenlijkeBijeenkomsten().stream()
                .map(b -> List.of(Opmaak.datum(b.datum()), e(b.onderwerp()), b.pcMoment() == null ? "" : e(b.pcMoment()), e(b.status()),
                        b.voltallig() ? "ja" : "nee")).toList());
        sluitSectie(h);

        sectie(h, "afwijkingen", "Afwijkingen van meer dan 10 %", d.afwijkingen().isEmpty() ? "Er zijn geen afwijkingen van meer dan 10 %." : "");
        if (!d.afwijkingen().isEmpty()) {
            tabel(h, "Afwijkingen", List.of(Kolom.breed("Opdracht"), Kolom.breed("Wat"), Kolom.getal("Verwacht"), Kolom.getal("Werkelijk"),
                            Kolom.getal("Afwijking"), Kolom.breed("Toelichting")),
                    d.afwijkingen().stream().map(a -> List.of(e(a.titel()), e(a.omschrijving()), Opmaak.getal(a.verwacht()),
                            Opmaak.getal(a.werkelijk()), "<span class=\"afwijking\">" + Opmaak.procent(a.afwijking()) + "</span>",
                            e(a.toelichting()))).toList());
        }
        sluitSectie(h);
        return Pagina.sluit(h, "Samengesteld door samenboek uit het grootboek van de gemeente " + d.gemeenteNaam()
                + ". Kosten zijn uren maal afdelingstarief: inzicht, geen factuur.");
    }

    /** The bijdrage against the kosten, per budget line; a sentence when the gemeente has no budget for the jaar. */
    private static void budget(StringBuilder h, PcDocument d, String samenwerking) {
        PcDocument.Budgetstand b = d.budget();
        if (b == null) {
            sectie(h, "budget", "Budget", "Voor " + d.jaar() + " is geen bijdrage van " + d.gemeenteNaam() + " aan " + samenwerking
                    + " vastgelegd.");
            sluitSectie(h);
            return;
        }
        sectie(h, "budget", "Budget", "De bijdrage van " + d.gemeenteNaam() + " aan " + samenwerking + " tegen de kosten van de "
                + (b.grondslag().equals("besteed") ? "bestede" : "toegezegde") + " uren. Een positief saldo is een onderschrijding; "
                + "meerwerk is wat boven een budgetlijn uitgaat en apart wordt vergoed. Standaardwerk telt op het standaardpakket, "
                + "maatwerk op klussen en een crisis op de reserve, voor zover die lijnen er zijn.");
        List<List<String>> rijen = new java.util.ArrayList<>();
        b.perBudgetlijn().forEach((naam, l) -> rijen.add(List.of(e(naam), Opmaak.procent(l.fractie()), Opmaak.euro(l.bedrag()),
                Opmaak.euro(l.kosten()), Opmaak.euro(l.saldo()), Opmaak.euro(l.meerwerk()))));
        rijen.add(List.of("Totaal", b.perBudgetlijn().isEmpty() ? "" : "100,00 %", Opmaak.euro(b.bijdrage()), Opmaak.euro(b.kosten()),
                Opmaak.euro(b.saldo()), Opmaak.euro(b.meerwerk())));
        tabel(h, "Budget " + d.jaar() + " (kosten van de " + b.grondslag() + " uren)", List.of(Kolom.tekst("Budgetlijn"), Kolom.getal("Deel"),
                Kolom.getal("Bijdrage"), Kolom.getal("Kosten"), Kolom.getal("Saldo"), Kolom.getal("Meerwerk")), rijen);
        sluitSectie(h);
    }

    private static void groepen(StringBuilder h, String titel, List<PcDocument.Groepregel> groepen) {
        tabel(h, titel, List.of(Kolom.kort("Code"), Kolom.tekst("Omschrijving"), Kolom.getal("Opdrachten"), Kolom.getal("Geraamd"),
                        Kolom.getal("Toegezegd"), Kolom.getal("Besteed"), Kolom.getal("Kosten")),
                groepen.stream().map(r -> List.of(e(r.code()), e(r.omschrijving()), String.valueOf(r.opdrachten()), Opmaak.getal(r.geraamdeUren()),
                        Opmaak.getal(r.toegezegdeUren()), Opmaak.getal(r.besteedUren()), Opmaak.euro(r.kosten()))).toList());
    }

    /** A fraction as a number of percent for a chart's bar (0.25 → 25). */
    private static java.math.BigDecimal procenten(java.math.BigDecimal breuk) {
        return breuk == null ? java.math.BigDecimal.ZERO : breuk.movePointRight(2);
    }
}
