package nl.samenboek.api.pcdocument;

import nl.samenboek.projections.pcdocument.PcDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;


/**
 * The P&C document as CSV that opens correctly in Dutch Excel: UTF-8 with a byte order mark, ';' between fields,
 * decimal commas, CRLF line ends. One block per section, each with its own header row.
 */
final class PcDocumentCsv {

    private PcDocumentCsv() {
    }

    /** @param samenwerking the name of the samenwerking the document is about ({@code samenboek.samenwerking.naam}) */
    static byte[] schrijf(PcDocument d, String samenwerking) {
        Csvblad csv = new Csvblad();
        csv.blok(List.of("kenmerk", "waarde"), List.of(
                List.of("document", d.titel()),
                List.of("gemeente", d.gemeenteNaam() + " (" + d.gemeente() + ")"),
                List.of("jaar", String.valueOf(d.jaar())),
                List.of("soort", d.soort().code()),
                List.of("peildatum", String.valueOf(d.peildatum())),
                List.of("bekendOp", String.valueOf(d.bekendOp())),
                List.of("grootboek aantal", String.valueOf(d.grootboek().aantal())),
                List.of("grootboek hoofdHash", d.grootboek().hoofdHash())));
        PcDocument.Totalen t = d.totalen();
        csv.blok(List.of("totalen", "geraamde uren", "toegezegde uren", "bestede uren", "kosten (euro)", "kosten besteed (euro)"),
                List.of(List.of(samenwerking + " voor " + d.gemeenteNaam(), g(t.geraamdeUren()), g(t.toegezegdeUren()), g(t.besteedUren()),
                        g(t.kosten()), g(t.besteedKosten()))));
        PcDocument.Budgetstand geld = d.budget();
        List<List<String>> budget = new ArrayList<>();
        if (geld != null) {
            geld.perBudgetlijn().forEach((naam, l) -> budget.add(List.of(naam, g(l.fractie()), g(l.bedrag()), g(l.kosten()), g(l.saldo()),
                    g(l.meerwerk()), geld.grondslag())));
            budget.add(List.of("totaal", geld.perBudgetlijn().isEmpty() ? "" : "1", g(geld.bijdrage()), g(geld.kosten()),
                    g(geld.saldo()), g(geld.meerwerk()), geld.grondslag()));
        }
        csv.blok(List.of("budgetlijn", "deel", "bijdrage (euro)", "kosten (euro)", "saldo (euro)", "meerwerk (euro)", "grondslag"), budget);
        if (!d.jaarschijven().isEmpty()) {
            csv.blok(List.of("jaarschijf", "toegezegde uren", "geraamde uren", "kosten (euro)"), d.jaarschijven().stream()
                    .map(j -> List.of(String.valueOf(j.jaar()), g(j.toegezegdeUren()), g(j.geraamdeUren()), g(j.kosten()))).toList());
        }
        csv.blok(List.of("formatie van team", "fte", "vacatures (fte)", "uren per fte", "inhuur (uren)", "beschikbare uren",
                "capaciteit werkplan"), d.formatie().stream().map(f -> List.of(f.team(), g(f.fte()), g(f.vacaturesFte()), g(f.urenPerFte()),
                g(f.inhuurUren()), g(f.beschikbareUren()), g(f.werkplanCapaciteit()))).toList());
        List<List<String>> opdrachten = new ArrayList<>();
        for (PcDocument.Opdrachtregel o : d.opdrachten()) {
            opdrachten.add(List.of(o.id(), o.titel(), o.programma() == null ? "" : o.programma(), o.taakveld(), o.taakveldNaam(),
                    o.categorie(), o.soort(), o.niveau(), o.status(), g(o.geraamdeUren()), g(o.toegezegdeUren()), g(o.besteedUren()), g(o.kosten())));
        }
        csv.blok(List.of("opdracht", "titel", "programma", "taakveld", "taakveldnaam", "categorie", "soort", "niveau", "status",
                "geraamde uren", "toegezegde uren", "bestede uren", "kosten (euro)"), opdrachten);
        groepen(csv, "programma", d.perProgramma());
        groepen(csv, "taakveld", d.perTaakveld());
        groepen(csv, "categorie", d.perCategorie());
        csv.blok(List.of("herkomst", "toegezegde uren", "bestede uren"), d.perHerkomst().entrySet().stream()
                .map(e -> List.of(e.getKey(), g(e.getValue().toegezegdeUren()), g(e.getValue().besteedUren()))).toList());
        List<List<String>> afspraken = new ArrayList<>();
        for (PcDocument.Afspraakregel a : d.afspraken()) {
            afspraken.add(List.of(a.opdracht(), a.opdrachtTitel(), a.soort(), a.indicator(), a.eenheid(), g(a.streefwaarde()),
                    String.valueOf(a.meetmoment()), a.bron(), g(a.realisatie()), a.realisatiedatum() == null ? "" : a.realisatiedatum().toString(),
                    g(a.afwijking()), a.toelichting() == null ? "" : a.toelichting()));
        }
        csv.blok(List.of("afspraak bij opdracht", "titel", "soort", "indicator", "eenheid", "streefwaarde", "meetmoment", "bron",
                "realisatie", "realisatiedatum", "afwijking", "toelichting"), afspraken);
        List<List<String>> groei = new ArrayList<>();
        d.groeimodel().niveaus().forEach((niveau, stand) -> groei.add(List.of(niveau, g(stand.uren()), String.valueOf(stand.opdrachten()))));
        groei.add(List.of("aandeel output", g(d.groeimodel().aandeelOutput()), ""));
        groei.add(List.of("aandeel outcome", g(d.groeimodel().aandeelOutcome()), ""));
        d.groeimodel().mijlpalen().forEach(m -> groei.add(List.of("mijlpaal " + m.jaar() + " " + m.niveau() + " (norm " + g(m.norm())
                + ")", g(m.gerealiseerd()), m.behaald() ? "behaald" : "niet behaald")));
        csv.blok(List.of("groeimodel", "uren of aandeel", "opdrachten"), groei);
        PcDocument.Capaciteitsregel c = d.capaciteit();
        csv.blok(List.of("capaciteit", "waarde"), List.of(
                List.of("toegezegde uren", g(c.toegezegdeUren())), List.of("bestede uren", g(c.besteedUren())),
                List.of("kosten (euro)", g(c.kosten())), List.of("aandeel in de uren", g(c.aandeelUren())),
                List.of("aandeel in de verdeelsleutel", g(c.verdeelsleutelAandeel())), List.of("afwijking", g(c.afwijking())),
                List.of("standaard uren", g(c.standaardUren())), List.of("maatwerk uren", g(c.maatwerkUren())),
                List.of("aandeel maatwerk", g(c.aandeelMaatwerk()))));
        List<List<String>> agenda = new ArrayList<>();
        for (PcDocument.Agendaregel a : d.uitvoeringsagenda()) {
            agenda.add(List.of(a.letter(), a.titel(), a.categorie(), a.deadline() == null ? "" : a.deadline().toString(), a.status()));
        }
        csv.blok(List.of("aanbeveling", "titel", "categorie", "deadline", "status"), agenda);
        csv.blok(List.of("gezamenlijke bijeenkomst", "datum", "onderwerp", "pc-moment", "status", "voltallig"),
                d.gezamenlijkeBijeenkomsten().stream().map(b -> List.of(b.id(), b.datum().toString(), b.onderwerp(),
                        b.pcMoment() == null ? "" : b.pcMoment(), b.status(), b.voltallig() ? "ja" : "nee")).toList());
        List<List<String>> afwijkingen = new ArrayList<>();
        for (PcDocument.Afwijking a : d.afwijkingen()) {
            afwijkingen.add(List.of(a.soort(), a.opdracht(), a.titel(), a.omschrijving(), g(a.verwacht()), g(a.werkelijk()),
                    g(a.afwijking()), a.toelichting()));
        }
        csv.blok(List.of("afwijking", "opdracht", "titel", "omschrijving", "verwacht", "werkelijk", "afwijking", "toelichting"), afwijkingen);
        return csv.bytes();
    }

    private static void groepen(Csvblad csv, String naam, List<PcDocument.Groepregel> groepen) {
        List<List<String>> rijen = new ArrayList<>();
        for (PcDocument.Groepregel r : groepen) {
            rijen.add(List.of(r.code(), r.omschrijving(), String.valueOf(r.opdrachten()), g(r.geraamdeUren()), g(r.toegezegdeUren()),
                    g(r.besteedUren()), g(r.kosten())));
        }
        csv.blok(List.of(naam, "omschrijving", "opdrachten", "geraamde uren", "toegezegde uren", "bestede uren", "kosten (euro)"), rijen);
    }




    private static String g(BigDecimal waarde) {
        return Opmaak.csvGetal(waarde);
    }

}
