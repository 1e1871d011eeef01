package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The status rules of docs/uitvoeringsagenda.md for one recommendation on a peilmoment, from the facts that count then:
 * per stap (its deadline in force, realised or not), per gemeente for a recommendation each gemeente realises for
 * itself, and rolled up to the recommendation. A pure function of the document and the peilmoment.
 */
final class Agendaberekening {

    private static final String GEREALISEERD = Voortgangssoort.GEREALISEERD.code();

    private record Stapdefinitie(int nummer, String omschrijving, LocalDate deadline) {
    }

    private Agendaberekening() {
    }

    static Aanbevelingen.Toestand bereken(AanbevelingDocument a, Peilmoment peilmoment) {
        List<AanbevelingDocument.Feit> feiten = getelde(a, peilmoment);
        boolean ingedeeld = a.getIngedeeldOp() != null && (peilmoment.bekendOp() == null || !a.getIngedeeldOp().isAfter(peilmoment.bekendOp()));
        boolean perGemeente = ingedeeld && a.isPerGemeente();
        List<Stapdefinitie> stappen = stappen(a, ingedeeld);
        boolean vervallen = feiten.stream().anyMatch(f -> f.soort().equals(AanbevelingDocument.VERVAL));
        Map<Integer, LocalDate> uitstel = uitstel(feiten);
        List<AanbevelingDocument.Feit> meldingen = feiten.stream().filter(AanbevelingDocument.Feit::isVoortgang).toList();
        LocalDate peildatum = peilmoment.datum();

        List<Aanbevelingen.Stap> stapstanden;
        Agendastatus status;
        Map<String, Aanbevelingen.Gemeentestand> perGemeenteStand = null;
        if (perGemeente) {
            perGemeenteStand = new TreeMap<>();
            for (String gemeente : a.getGemeenten()) {
                List<AanbevelingDocument.Feit> eigen = meldingen.stream()
                        .filter(m -> m.gemeente() == null || m.gemeente().equals(gemeente)).toList();
                List<Aanbevelingen.Stap> eigenStappen = stapstanden(stappen, eigen, uitstel, vervallen, peildatum);
                perGemeenteStand.put(gemeente, new Aanbevelingen.Gemeentestand(
                        Agendastatus.vanStappen(vervallen, eigenStappen.stream().map(Aanbevelingen.Stap::status).toList(), !eigen.isEmpty()),
                        laatste(eigen), eigenStappen));
            }
            List<Aanbevelingen.Gemeentestand> gemeenten = List.copyOf(perGemeenteStand.values());
            stapstanden = new ArrayList<>();
            for (Stapdefinitie stap : stappen) {
                stapstanden.add(new Aanbevelingen.Stap(stap.nummer(), stap.omschrijving(), deadline(stap, uitstel),
                        Agendastatus.samen(gemeenten.stream().map(g -> g.stappen().get(stap.nummer() - 1).status()).toList())));
            }
            status = Agendastatus.samen(gemeenten.stream().map(Aanbevelingen.Gemeentestand::status).toList());
        } else {
            stapstanden = stapstanden(stappen, meldingen, uitstel, vervallen, peildatum);
            status = Agendastatus.vanStappen(vervallen, stapstanden.stream().map(Aanbevelingen.Stap::status).toList(), !meldingen.isEmpty());
        }
        // the deadline shown is the earliest open stap's; once every stap is realised, the last stap's
        Stapdefinitie open = stappen.stream().filter(s -> stapstanden.get(s.nummer() - 1).status() != Agendastatus.GEREALISEERD)
                .findFirst().orElse(stappen.get(stappen.size() - 1));
        return new Aanbevelingen.Toestand(deadline(open, uitstel), open.deadline(), uitstel.containsKey(open.nummer()), status,
                laatste(meldingen), List.copyOf(stapstanden), perGemeenteStand == null ? null : new LinkedHashMap<>(perGemeenteStand));
    }

    /** The facts that count on the peilmoment, in the order of the dates they are about. */
    static List<AanbevelingDocument.Feit> getelde(AanbevelingDocument a, Peilmoment peilmoment) {
        return a.getFeiten().stream().filter(f -> peilmoment.telt(f.vastgelegdOp(), f.datum()))
                .sorted(Comparator.comparing(AanbevelingDocument.Feit::datum).thenComparing(AanbevelingDocument.Feit::vastgelegdOp))
                .toList();
    }

    /** Stap 1 is the first deadline (null for a tijdpad without one), then one stap per mijlpaal. */
    private static List<Stapdefinitie> stappen(AanbevelingDocument a, boolean ingedeeld) {
        List<Stapdefinitie> stappen = new ArrayList<>();
        stappen.add(new Stapdefinitie(1, ingedeeld ? a.getEersteStap() : a.getBeoogdResultaat(), a.getDeadline()));
        for (Mijlpaal mijlpaal : a.getMijlpalen()) {
            stappen.add(new Stapdefinitie(stappen.size() + 1, mijlpaal.omschrijving(), mijlpaal.datum()));
        }
        return stappen;
    }

    /** Per stap the deadline of its latest counted uitstelbesluit; a besluit from before steps existed moved stap 1. */
    private static Map<Integer, LocalDate> uitstel(List<AanbevelingDocument.Feit> feiten) {
        Map<Integer, LocalDate> uitstel = new TreeMap<>();
        // feiten are in date order, so the latest besluit per stap is put last
        feiten.stream().filter(f -> f.soort().equals(AanbevelingDocument.UITSTEL))
                .forEach(f -> uitstel.put(f.stap() == null ? 1 : f.stap(), f.nieuweDeadline()));
        return uitstel;
    }

    private static LocalDate deadline(Stapdefinitie stap, Map<Integer, LocalDate> uitstel) {
        return uitstel.getOrDefault(stap.nummer(), stap.deadline());
    }

    private static List<Aanbevelingen.Stap> stapstanden(List<Stapdefinitie> stappen, List<AanbevelingDocument.Feit> meldingen,
                                                        Map<Integer, LocalDate> uitstel, boolean vervallen, LocalDate peildatum) {
        List<Aanbevelingen.Stap> standen = new ArrayList<>();
        for (Stapdefinitie stap : stappen) {
            boolean gerealiseerd = meldingen.stream().anyMatch(m -> m.soort().equals(GEREALISEERD) && betreft(m, stap.nummer()));
            boolean gestart = meldingen.stream().anyMatch(m -> betreft(m, stap.nummer()));
            standen.add(new Aanbevelingen.Stap(stap.nummer(), stap.omschrijving(), deadline(stap, uitstel),
                    // a stap realised before the recommendation lapsed stays realised
                    Agendastatus.bepaal(vervallen && !gerealiseerd, gerealiseerd, deadline(stap, uitstel), uitstel.containsKey(stap.nummer()),
                            gestart, peildatum)));
        }
        return standen;
    }

    /**
     * Whether a melding is about the stap. One from before steps existed is about the whole recommendation: realised,
     * it realised every stap; otherwise it is progress on the first.
     */
    private static boolean betreft(AanbevelingDocument.Feit melding, int stap) {
        if (melding.stap() != null) {
            return melding.stap() == stap;
        }
        return melding.soort().equals(GEREALISEERD) || stap == 1;
    }

    private static Aanbevelingen.Voortgang laatste(List<AanbevelingDocument.Feit> meldingen) {
        return Optional.of(meldingen).filter(Predicate.not(List::isEmpty)).map(m -> m.get(m.size() - 1))
                .map(m -> new Aanbevelingen.Voortgang(m.soort(), m.datum(), m.toelichting())).orElse(null);
    }
}
