package nl.samenboek.api.pcdocument;

import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.pcdocument.Samenwerkingsdocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The werkorganisatie's own P&C document as CSV for Dutch Excel ({@link Csvblad}): one block per section. */
final class SamenwerkingsdocumentCsv {

    private SamenwerkingsdocumentCsv() {
    }

    static byte[] schrijf(Samenwerkingsdocument d) {
        Csvblad csv = new Csvblad();
        csv.blok(List.of("kenmerk", "waarde"), List.of(
                List.of("document", d.titel()),
                List.of("samenwerking", d.samenwerking()),
                List.of("jaar", String.valueOf(d.jaar())),
                List.of("soort", d.soort().code()),
                List.of("grondslag", d.grondslag()),
                List.of("peildatum", String.valueOf(d.peildatum())),
                List.of("bekendOp", String.valueOf(d.bekendOp()))));
        csv.blok(List.of("grootboek van", "aantal", "hoofdHash"), d.grootboek().entrySet().stream()
                .map(k -> List.of(k.getKey(), String.valueOf(k.getValue().aantal()), k.getValue().hoofdHash())).toList());
        List<List<String>> gemeenten = new ArrayList<>();
        for (Samenwerkingsdocument.Gemeentesaldo gemeente : d.gemeenten()) {
            gemeenten.add(List.of(gemeente.gemeente(), gemeente.naam(), gemeente.begroot() ? "ja" : "nee", g(gemeente.bijdrage()),
                    g(gemeente.kosten()), g(gemeente.saldo()), g(gemeente.meerwerk()), g(d.verdeelsleutel().get(gemeente.gemeente())),
                    g(d.afrekening().get(gemeente.gemeente()))));
        }
        Samenwerkingsdocument.Samenwerkingstotaal t = d.totaal();
        gemeenten.add(List.of("totaal", d.samenwerking(), "", g(t.bijdrage()), g(t.kosten()), g(t.saldo()), g(t.meerwerk()), "",
                g(d.afrekening().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
        csv.blok(List.of("gemeente", "naam", "begroot", "bijdrage (euro)", "kosten (euro)", "saldo (euro)", "meerwerk (euro)",
                "verdeelsleutel", "afrekening (euro)"), gemeenten);
        csv.blok(List.of("budgetlijn", "bedrag (euro)", "kosten (euro)", "saldo (euro)", "meerwerk (euro)"), d.perBudgetlijn().entrySet()
                .stream().map(l -> List.of(l.getKey(), g(l.getValue().bedrag()), g(l.getValue().kosten()), g(l.getValue().saldo()),
                        g(l.getValue().meerwerk()))).toList());
        csv.blok(List.of("team", "toegezegde uren", "bestede uren", "tarief (euro)", "kosten (euro)", "capaciteit werkplan", "fte",
                "vacatures (fte)", "uren per fte", "inhuur (uren)", "beschikbare uren"), d.teams().stream().map(team -> {
                    Capaciteit.Formatiestand f = team.formatie();
                    return List.of(team.team(), g(team.toegezegdeUren()), g(team.besteedUren()), g(team.tarief()), g(team.kosten()),
                            g(team.werkplanCapaciteit()), f == null ? "" : g(f.fte()), f == null ? "" : g(f.vacaturesFte()),
                            f == null ? "" : g(f.urenPerFte()), f == null ? "" : g(f.inhuurUren()), f == null ? "" : g(f.beschikbareUren()));
                }).toList());
        return csv.bytes();
    }

    private static String g(BigDecimal waarde) {
        return Opmaak.csvGetal(waarde);
    }
}
