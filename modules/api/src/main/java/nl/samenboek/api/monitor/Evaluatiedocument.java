package nl.samenboek.api.monitor;

import nl.samenboek.api.pcdocument.Csvblad;
import nl.samenboek.api.pcdocument.Documentvorm;
import nl.samenboek.api.pcdocument.Opmaak;
import nl.samenboek.api.pcdocument.Pagina;
import nl.samenboek.api.pcdocument.Pagina.Kolom;
import nl.samenboek.messages.Code;
import nl.samenboek.messages.monitor.Indicator;
import nl.samenboek.projections.monitor.Evaluatie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static nl.samenboek.api.pcdocument.Pagina.e;

/**
 * The evaluation dossier as a page (which also typesets into the PDF) and as CSV (docs/monitor.md): the same figures as
 * its JSON, in Dutch number and date formats.
 */
record Evaluatiedocument(Evaluatie d) implements Documentvorm.Weergaven {

    private String voor() {
        return d.gemeente() == null ? "de samenwerking " + d.samenwerking() : "de gemeente " + d.naam();
    }

    private String titel() {
        return "Evaluatie " + d.jaar() + " van " + d.samenwerking() + (d.gemeente() == null ? "" : " voor " + d.naam());
    }

    @Override
    public String html() {
        String wie = d.gemeente() == null ? d.samenwerking() : "Gemeente " + d.naam();
        StringBuilder h = Pagina.begin(new Pagina.Kop(titel(), wie + " · evaluatie " + d.jaar(), "Het evaluatiedossier van " + d.jaar()
                + " (nota HLT Samen Verder: evaluaties in de tweede helft van 2028 en eind 2030): per indicator de nulmeting, de "
                + "laatste meting, de norm en het oordeel, en de sleutelprojecten met hun criteria.", wie, d.samenwerking()
                + " · evaluatie " + d.jaar()));

        Pagina.sectie(h, "herkomst", "Herkomst", "Dit dossier is berekend uit de grootboeken hieronder, zoals zij waren op het "
                + "bekendOp-moment; met dat moment geeft dezelfde vraag hetzelfde dossier.");
        List<List<String>> herkomst = new ArrayList<>();
        herkomst.add(List.of("Evaluatiedatum", Opmaak.datum(d.evaluatiedatum())));
        herkomst.add(List.of("Bekend op", e(Opmaak.tijdstip(d.bekendOp()) + " (" + d.bekendOp() + ")")));
        herkomst.add(List.of("Nulmeting", meting(d.nulmeting())));
        herkomst.add(List.of("Meting", meting(d.meting())));
        herkomst.add(List.of("Normenkader", d.normenkader() == null ? "–" : String.valueOf(d.normenkader())));
        d.grootboek().forEach((gemeente, kop) -> herkomst.add(List.of("Grootboek " + e(gemeente), kop.aantal() + " regels, hoofdhash "
                + "<span class=\"hash\">" + e(kop.hoofdHash()) + "</span>")));
        Pagina.tabel(h, "Herkomst van de cijfers", List.of(Kolom.tekst("Kenmerk"), Kolom.breed("Waarde")), herkomst);
        vaststellingen(h, "nulmeting", d.nulmeting());
        Pagina.sluitSectie(h);

        Pagina.sectie(h, "indicatoren", "Indicatoren", "Kosten, kwaliteit, kwetsbaarheid en strategische positie (3K+S) van "
                + voor() + ": de waarde bij de nulmeting en bij de meting, de norm uit het normenkader en het oordeel. Een streep: "
                + "niets te tellen.");
        Pagina.tabel(h, "Indicatoren " + d.jaar(), List.of(Kolom.breed("Indicator"), Kolom.kort("Perspectief"), Kolom.getal("Nulmeting"),
                        Kolom.getal("Meting"), Kolom.getal("Norm"), Kolom.kort("Richting"), Kolom.kort("Oordeel")),
                d.indicatoren().stream().map(r -> List.of(e(r.naam()), e(r.perspectief()), waarde(r.code(), r.nulwaarde()),
                        waarde(r.code(), r.waarde()), waarde(r.code(), r.norm()), e(r.richting().code()), e(r.oordeel()))).toList());
        Pagina.sluitSectie(h);

        TreeSet<String> jaren = new TreeSet<>();
        d.indicatoren().forEach(r -> jaren.addAll(r.trend().keySet()));
        Pagina.sectie(h, "trend", "Trend", "Elke indicator per jaar vanaf 2025, op 31 december (voor het lopende jaar: op de laatste "
                + "voorbije dag), zoals het grootboek het op het bekendOp-moment wist.");
        List<Kolom> kolommen = new ArrayList<>(List.of(Kolom.breed("Indicator")));
        jaren.forEach(j -> kolommen.add(Kolom.getal(j)));
        Pagina.tabel(h, "Trend per jaar", kolommen, d.indicatoren().stream().map(r -> {
            List<String> rij = new ArrayList<>(List.of(e(r.naam())));
            jaren.forEach(j -> rij.add(waarde(r.code(), r.trend().get(j))));
            return rij;
        }).toList());
        Pagina.sluitSectie(h);

        Pagina.sectie(h, "sleutelprojecten", "Sleutelprojecten", "De sleutelprojecten (nota, aanbeveling C) met de criteria die het "
                + "bestuur bij de start vastlegde, en wat van hun afspraken op de evaluatiedatum is gerealiseerd.");
        Pagina.tabel(h, "Sleutelprojecten en hun criteria", List.of(Kolom.breed("Opdracht"), Kolom.kort("Status"), Kolom.breed("Criteria")),
                d.sleutelprojecten().stream().map(s -> List.of(e(s.titel()), e(s.status()),
                        String.join("<br />", s.criteria().stream().map(Pagina::e).toList()))).toList());
        Pagina.tabel(h, "Realisatie van de afspraken van de sleutelprojecten", List.of(Kolom.breed("Opdracht"), Kolom.breed("Afspraak"),
                        Kolom.getal("Streefwaarde"), Kolom.getal("Waarde"), Kolom.kort("Gemeten op"), Kolom.kort("Behaald")),
                d.sleutelprojecten().stream().flatMap(s -> s.afspraken().stream().map(a -> List.of(e(s.titel()),
                        e(a.soort() + ": " + a.indicator() + " (" + a.eenheid() + "), meetmoment ") + Opmaak.datum(a.meetmoment()),
                        Opmaak.getal(a.streefwaarde()), Opmaak.getal(a.waarde()), Opmaak.datum(a.peildatum()),
                        a.behaald() == null ? "nog niet gemeten" : a.behaald() ? "ja" : "nee"))).toList());
        Pagina.sluitSectie(h);
        return Pagina.sluit(h, titel() + " · samenboek · bekend op " + d.bekendOp());
    }

    private static String meting(Evaluatie.Metingverwijzing m) {
        return m == null ? "nog geen" : e(m.omschrijving()) + ", peildatum " + Opmaak.datum(m.peildatum());
    }

    private static void vaststellingen(StringBuilder h, String wat, Evaluatie.Metingverwijzing m) {
        if (m == null) {
            return;
        }
        Pagina.tabel(h, "Vaststelling van de " + wat + " door de raden", List.of(Kolom.kort("Gemeente"), Kolom.breed("Besluit"),
                        Kolom.kort("Datum")),
                m.vaststellingen().entrySet().stream().map(v -> List.of(e(v.getKey()), v.getValue() == null ? "nog niet vastgesteld"
                        : e(v.getValue().besluit()), v.getValue() == null ? "–" : Opmaak.datum(v.getValue().datum()))).toList());
    }

    /** A value in its indicator's unit: a fraction as a percentage, euros with the euro sign, a count as a whole number. */
    static String waarde(String code, BigDecimal waarde) {
        if (waarde == null) {
            return "–";
        }
        return switch (Code.van(Indicator.class, code).eenheid()) {
            case FRACTIE -> Opmaak.procent(waarde);
            case EURO_PER_UUR -> Opmaak.euro(waarde);
            case AANTAL -> waarde.stripTrailingZeros().toPlainString();
        };
    }

    @Override
    public byte[] csv() {
        Csvblad csv = new Csvblad();
        csv.blok(List.of("kenmerk", "waarde"), List.of(
                List.of("dossier", titel()),
                List.of("jaar", String.valueOf(d.jaar())),
                List.of("gemeente", d.gemeente() == null ? "" : d.gemeente()),
                List.of("evaluatiedatum", String.valueOf(d.evaluatiedatum())),
                List.of("bekendOp", String.valueOf(d.bekendOp())),
                List.of("nulmeting", d.nulmeting() == null ? "" : d.nulmeting().id()),
                List.of("meting", d.meting() == null ? "" : d.meting().id()),
                List.of("normenkader", d.normenkader() == null ? "" : String.valueOf(d.normenkader()))));
        csv.blok(List.of("grootboek", "aantal", "hoofdHash"), d.grootboek().entrySet().stream()
                .map(k -> List.of(k.getKey(), String.valueOf(k.getValue().aantal()), k.getValue().hoofdHash())).toList());
        TreeSet<String> jaren = new TreeSet<>();
        d.indicatoren().forEach(r -> jaren.addAll(r.trend().keySet()));
        List<String> kop = new ArrayList<>(List.of("indicator", "naam", "perspectief", "eenheid", "nulwaarde", "waarde", "norm", "richting",
                "oordeel"));
        jaren.forEach(j -> kop.add("trend " + j));
        csv.blok(kop, d.indicatoren().stream().map(r -> {
            List<String> rij = new ArrayList<>(List.of(r.code(), r.naam(), r.perspectief(), r.eenheid(), Opmaak.csvGetal(r.nulwaarde()),
                    Opmaak.csvGetal(r.waarde()), Opmaak.csvGetal(r.norm()), r.richting().code(), r.oordeel()));
            jaren.forEach(j -> rij.add(Opmaak.csvGetal(r.trend().get(j))));
            return rij;
        }).toList());
        List<List<String>> afspraken = new ArrayList<>();
        for (Evaluatie.Sleutelprojectregel s : d.sleutelprojecten()) {
            for (Evaluatie.Afspraakrealisatie a : s.afspraken()) {
                afspraken.add(List.of(s.opdracht(), s.titel(), String.join(" | ", s.criteria()), a.soort(), a.indicator(), a.eenheid(),
                        Opmaak.csvGetal(a.streefwaarde()), String.valueOf(a.meetmoment()), Opmaak.csvGetal(a.waarde()),
                        a.peildatum() == null ? "" : a.peildatum().toString(), a.behaald() == null ? "" : a.behaald() ? "ja" : "nee"));
            }
            if (s.afspraken().isEmpty()) {
                afspraken.add(List.of(s.opdracht(), s.titel(), String.join(" | ", s.criteria()), "", "", "", "", "", "", "", ""));
            }
        }
        csv.blok(List.of("sleutelproject", "titel", "criteria", "soort", "indicator", "eenheid", "streefwaarde", "meetmoment", "waarde",
                "gemeten op", "behaald"), afspraken);
        return csv.bytes();
    }

    /** The file name without extension: samenwerking, gemeente (if any) and jaar. */
    static String bestandsnaam(String samenwerking, Evaluatie d) {
        return samenwerking + (d.gemeente() == null ? "" : "-" + d.gemeente()) + "-evaluatie-" + d.jaar();
    }

}
