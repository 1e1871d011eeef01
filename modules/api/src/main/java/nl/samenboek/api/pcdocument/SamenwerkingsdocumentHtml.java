package nl.samenboek.api.pcdocument;

import nl.samenboek.api.pcdocument.Pagina.Kolom;
import nl.samenboek.api.pcdocument.Pagina.Staaf;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.pcdocument.Samenwerkingsdocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static nl.samenboek.api.pcdocument.Pagina.e;
import static nl.samenboek.api.pcdocument.Pagina.sectie;
import static nl.samenboek.api.pcdocument.Pagina.sluitSectie;
import static nl.samenboek.api.pcdocument.Pagina.tabel;

/**
 * The werkorganisatie's own P&C document as a readable, accessible page on the shared {@link Pagina}, typeset into the
 * PDF by {@link Pdfzetter} like a gemeente's: figures per gemeente, team and budget line, and the afrekening.
 */
final class SamenwerkingsdocumentHtml {

    private SamenwerkingsdocumentHtml() {
    }

    static String schrijf(Samenwerkingsdocument d) {
        String soortEnJaar = d.soort().naam() + " " + d.jaar();
        String kosten = d.grondslag().equals("besteed") ? "bestede" : "toegezegde";
        StringBuilder h = Pagina.begin(new Pagina.Kop(d.titel(), d.samenwerking() + " · " + soortEnJaar, d.doel(), d.samenwerking(),
                soortEnJaar));

        sectie(h, "herkomst", "Herkomst", "Dit document is berekend uit de grootboeken van alle gemeenten van " + d.samenwerking()
                + ". Met de hoofdhash van elk grootboek kan een accountant het aan precies deze stand verbinden.");
        tabel(h, "Herkomst van de cijfers", List.of(Kolom.tekst("Kenmerk"), Kolom.tekst("Waarde")), List.of(
                List.of("Peildatum", Opmaak.datum(d.peildatum())),
                List.of("Bekend op", e(Opmaak.tijdstip(d.bekendOp()) + " (" + d.bekendOp() + ")"))));
        List<List<String>> koppen = new ArrayList<>();
        d.grootboek().forEach((gemeente, kop) -> koppen.add(List.of(e(naam(d, gemeente)), String.valueOf(kop.aantal()),
                "<span class=\"hash\">" + e(kop.hoofdHash()) + "</span>")));
        tabel(h, "Grootboeken", List.of(Kolom.tekst("Gemeente"), Kolom.getal("Regels"), Kolom.breed("Hoofdhash")), koppen);
        sluitSectie(h);

        Samenwerkingsdocument.Samenwerkingstotaal t = d.totaal();
        sectie(h, "gemeenten", "Bijdragen en kosten per gemeente", "Per gemeente haar bijdrage tegen de kosten van de aan haar "
                + "toegerekende " + kosten + " uren (uren maal afdelingstarief). Een positief saldo is een onderschrijding; meerwerk is "
                + "wat boven een budgetlijn uitgaat.");
        List<List<String>> gemeenten = new ArrayList<>();
        for (Samenwerkingsdocument.Gemeentesaldo g : d.gemeenten()) {
            gemeenten.add(List.of(e(g.naam()), g.begroot() ? Opmaak.euro(g.bijdrage()) : "geen budget", Opmaak.euro(g.kosten()),
                    Opmaak.euro(g.saldo()), Opmaak.euro(g.meerwerk())));
        }
        gemeenten.add(List.of("Totaal", Opmaak.euro(t.bijdrage()), Opmaak.euro(t.kosten()), Opmaak.euro(t.saldo()), Opmaak.euro(t.meerwerk())));
        tabel(h, "Gemeenten " + d.jaar(), List.of(Kolom.tekst("Gemeente"), Kolom.getal("Bijdrage"), Kolom.getal("Kosten"),
                Kolom.getal("Saldo"), Kolom.getal("Meerwerk")), gemeenten);
        sluitSectie(h);

        sectie(h, "budgetlijnen", "Per budgetlijn", "De budgetlijnen van de gemeenten opgeteld: standaardwerk telt op het "
                + "standaardpakket, maatwerk op klussen en een crisis op de reserve, voor zover die lijnen er zijn.");
        List<List<String>> lijnen = new ArrayList<>();
        d.perBudgetlijn().forEach((naam, l) -> lijnen.add(List.of(e(naam), Opmaak.euro(l.bedrag()), Opmaak.euro(l.kosten()),
                Opmaak.euro(l.saldo()), Opmaak.euro(l.meerwerk()))));
        tabel(h, "Budgetlijnen " + d.jaar(), List.of(Kolom.tekst("Budgetlijn"), Kolom.getal("Bedrag"), Kolom.getal("Kosten"),
                Kolom.getal("Saldo"), Kolom.getal("Meerwerk")), lijnen);
        sluitSectie(h);

        sectie(h, "teams", "Teams", "Per team de aan de gemeenten toegerekende uren, de kosten van de " + kosten + " uren, de "
                + "capaciteit van het werkplan en de formatie (beschikbare uren = (fte − vacatures) × uren per fte + uren inhuur).", true);
        Pagina.diagramMetTabel(h, "diagram-teams", "Kosten per team", "euro", d.teams().stream()
                        .map(team -> new Staaf(team.team(), team.kosten())).toList(),
                "Teams " + d.jaar(), List.of(Kolom.tekst("Team"), Kolom.getal("Toegezegd"), Kolom.getal("Besteed"), Kolom.getal("Kosten"),
                        Kolom.getal("Werkplan"), Kolom.getal("Fte (vacatures)"), Kolom.getal("Beschikbaar")),
                d.teams().stream().map(team -> {
                    Capaciteit.Formatiestand f = team.formatie();
                    return List.of(e(team.team()), Opmaak.getal(team.toegezegdeUren()), Opmaak.getal(team.besteedUren()),
                            Opmaak.euro(team.kosten()), team.werkplanCapaciteit() == null ? "–" : Opmaak.getal(team.werkplanCapaciteit()),
                            f == null ? "–" : Opmaak.getal(f.fte()) + " (" + Opmaak.getal(f.vacaturesFte()) + ")",
                            f == null ? "–" : Opmaak.getal(f.beschikbareUren()));
                }).toList());
        sluitSectie(h);

        boolean overschot = t.saldo().signum() >= 0;
        sectie(h, "afrekening", "Afrekening", (d.soort().grondslag().code().equals("besteed") ? "" : "Een verwachting. ")
                + "De werkorganisatie houdt geen reserve: het " + (overschot ? "overschot" : "tekort") + " van " + Opmaak.euro(t.saldo().abs())
                + (overschot ? " gaat terug naar de gemeenten" : " wordt bij de gemeenten bijgevraagd") + ", volgens de verdeelsleutel van "
                + "1 januari " + d.jaar() + ", tot op de cent (de centen die overblijven gaan naar de grootste resten). Positief is "
                + "terug naar de gemeente, negatief is bij haar bijgevraagd.");
        List<List<String>> afrekening = new ArrayList<>();
        d.afrekening().forEach((gemeente, bedrag) -> afrekening.add(List.of(e(naam(d, gemeente)),
                Opmaak.procent(d.verdeelsleutel().getOrDefault(gemeente, BigDecimal.ZERO)), Opmaak.euro(bedrag))));
        tabel(h, "Afrekening " + d.jaar(), List.of(Kolom.tekst("Gemeente"), Kolom.getal("Verdeelsleutel"), Kolom.getal("Bedrag")), afrekening);
        sluitSectie(h);
        return Pagina.sluit(h, "Samengesteld door samenboek uit de grootboeken van de gemeenten van " + d.samenwerking()
                + ". Kosten zijn uren maal afdelingstarief.");
    }

    private static String naam(Samenwerkingsdocument d, String gemeente) {
        return d.gemeenten().stream().filter(g -> g.gemeente().equals(gemeente)).map(Samenwerkingsdocument.Gemeentesaldo::naam)
                .findFirst().orElse(gemeente);
    }
}
