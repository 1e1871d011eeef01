package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.Terugkerend;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import nl.samenboek.projections.opdracht.Opdrachten;
import nl.samenboek.projections.verwerking.Antwoordcache;
import org.springframework.data.domain.Sort;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The uitvoeringsagenda on any peildatum, as the ledger knew it at any bekendOp (docs/uitvoeringsagenda.md): each
 * recommendation's status from the facts that count then, its recurring obligation counted from the joint meetings
 * held, and the opdrachten that name it with their committed hours.
 */
@Component
public class Aanbevelingen {

    public record Voortgang(String soort, LocalDate datum, String toelichting) {
    }

    /** {@code periode} is the calendar year (a P&C cycle is one year's cycle) that contains the peildatum. */
    public record Terugkerendestand(int vereist, int gehouden, String periode, String soort, String bijeenkomst, boolean voldaan) {
    }

    public record Agendaregel(String letter, String titel, Aanbevelingscategorie categorie, String tijdpad, LocalDate deadline,
                              LocalDate oorspronkelijkeDeadline, List<Mijlpaal> mijlpalen, Agendastatus status,
                              Voortgang laatsteVoortgang, Terugkerendestand terugkerend, List<String> opdrachten, BigDecimal uren) {

        /** The same line with only these linked opdrachten named; {@code uren} stays the total of all of them. */
        public Agendaregel metOpdrachten(List<String> zichtbaar) {
            return new Agendaregel(letter, titel, categorie, tijdpad, deadline, oorspronkelijkeDeadline, mijlpalen, status,
                    laatsteVoortgang, terugkerend, opdrachten.stream().filter(zichtbaar::contains).toList(), uren);
        }
    }

    public record Aanbeveling(Agendaregel stand, String beoogdResultaat, LocalDate vastgesteldOp, String bron,
                              List<AanbevelingDocument.Feit> historie) {

        /** The stand's fields (letter, titel, status, …) also at the top level, where a client of the list finds them. */
        @JsonUnwrapped
        public Agendaregel getOverzicht() {
            return stand;
        }
    }

    private record Koppeling(List<String> opdrachten, BigDecimal uren) {
    }

    private final MongoTemplate mongo;
    private final Opdrachten opdrachten;
    private final Antwoordcache cache;

    public Aanbevelingen(MongoTemplate mongo, Opdrachten opdrachten, Antwoordcache cache) {
        this.mongo = mongo;
        this.opdrachten = opdrachten;
        this.cache = cache;
    }

    public List<Agendaregel> agenda(Peilmoment peilmoment) {
        return peilmoment.isNu() ? cache.geef(List.of("uitvoeringsagenda"), () -> bereken(peilmoment)) : bereken(peilmoment);
    }

    private List<Agendaregel> bereken(Peilmoment peilmoment) {
        Map<String, Koppeling> koppelingen = koppelingen(peilmoment);
        List<BijeenkomstDocument> bijeenkomsten = mongo.findAll(BijeenkomstDocument.class);
        return bekende(peilmoment).stream().map(a -> regel(a, peilmoment, koppelingen, bijeenkomsten)).toList();
    }

    public Optional<Aanbeveling> aanbeveling(String letter, Peilmoment peilmoment) {
        AanbevelingDocument document = mongo.findById(letter, AanbevelingDocument.class);
        if (document == null || !telt(document, peilmoment)) {
            return Optional.empty();
        }
        return Optional.of(aanbeveling(document, peilmoment, koppelingen(peilmoment), mongo.findAll(BijeenkomstDocument.class)));
    }

    /** Every recommendation known at the peilmoment, each with its stand and history. */
    public List<Aanbeveling> alle(Peilmoment peilmoment) {
        Map<String, Koppeling> koppelingen = koppelingen(peilmoment);
        List<BijeenkomstDocument> bijeenkomsten = mongo.findAll(BijeenkomstDocument.class);
        return bekende(peilmoment).stream().map(a -> aanbeveling(a, peilmoment, koppelingen, bijeenkomsten)).toList();
    }

    private Aanbeveling aanbeveling(AanbevelingDocument document, Peilmoment peilmoment, Map<String, Koppeling> koppelingen,
                                    List<BijeenkomstDocument> bijeenkomsten) {
        return new Aanbeveling(regel(document, peilmoment, koppelingen, bijeenkomsten), document.getBeoogdResultaat(),
                document.getVastgesteldOp(), document.getBron(), getelde(document, peilmoment));
    }

    /** Whether the 24 recommendations are loaded and readable (health). */
    public long aantal() {
        return mongo.count(new Query(), AanbevelingDocument.class);
    }

    public List<BijeenkomstDocument> bijeenkomsten(Peilmoment peilmoment) {
        return mongo.findAll(BijeenkomstDocument.class).stream()
                .filter(b -> peilmoment.telt(b.vastgelegdOp(), b.datum()))
                .sorted(Comparator.comparing(BijeenkomstDocument::datum).reversed().thenComparing(BijeenkomstDocument::id))
                .toList();
    }

    public Optional<BijeenkomstDocument> bijeenkomst(String id, Peilmoment peilmoment) {
        return Optional.ofNullable(mongo.findById(id, BijeenkomstDocument.class)).filter(b -> peilmoment.telt(b.vastgelegdOp(), b.datum()));
    }

    private List<AanbevelingDocument> bekende(Peilmoment peilmoment) {
        return mongo.find(new Query().with(Sort.by("_id")), AanbevelingDocument.class).stream()
                .filter(a -> telt(a, peilmoment)).toList();
    }

    private static boolean telt(AanbevelingDocument a, Peilmoment peilmoment) {
        return a.getVastgelegdOp() != null && peilmoment.telt(a.getVastgelegdOp(), a.getVastgesteldOp());
    }

    private static List<AanbevelingDocument.Feit> getelde(AanbevelingDocument a, Peilmoment peilmoment) {
        return a.getFeiten().stream().filter(f -> peilmoment.telt(f.vastgelegdOp(), f.datum()))
                .sorted(Comparator.comparing(AanbevelingDocument.Feit::datum).thenComparing(AanbevelingDocument.Feit::vastgelegdOp))
                .toList();
    }

    /** Where one recommendation stands on a peilmoment: deadline in force, status and the latest progress. */
    public record Toestand(LocalDate deadline, boolean uitgesteld, Agendastatus status, Voortgang laatste) {
    }

    /** The status rules of docs/uitvoeringsagenda.md for one recommendation, from the facts that count on the peilmoment. */
    public static Toestand toestand(AanbevelingDocument a, Peilmoment peilmoment) {
        List<AanbevelingDocument.Feit> feiten = getelde(a, peilmoment);
        Optional<AanbevelingDocument.Feit> uitstel = feiten.stream().filter(f -> f.soort().equals(AanbevelingDocument.UITSTEL))
                .max(Comparator.comparing(AanbevelingDocument.Feit::datum).thenComparing(AanbevelingDocument.Feit::vastgelegdOp));
        LocalDate deadline = uitstel.map(AanbevelingDocument.Feit::nieuweDeadline).orElse(a.getDeadline());
        boolean vervallen = feiten.stream().anyMatch(f -> f.soort().equals(AanbevelingDocument.VERVAL));
        boolean gerealiseerd = feiten.stream().anyMatch(f -> f.soort().equals("gerealiseerd"));
        List<AanbevelingDocument.Feit> voortgang = feiten.stream().filter(AanbevelingDocument.Feit::isVoortgang).toList();
        Agendastatus status = Agendastatus.bepaal(vervallen, gerealiseerd, deadline, uitstel.isPresent(), !voortgang.isEmpty(),
                peilmoment.datum());
        Voortgang laatste = voortgang.isEmpty() ? null : new Voortgang(voortgang.get(voortgang.size() - 1).soort(),
                voortgang.get(voortgang.size() - 1).datum(), voortgang.get(voortgang.size() - 1).toelichting());
        return new Toestand(deadline, uitstel.isPresent(), status, laatste);
    }

    private static Agendaregel regel(AanbevelingDocument a, Peilmoment peilmoment, Map<String, Koppeling> koppelingen,
                                     List<BijeenkomstDocument> bijeenkomsten) {
        Toestand toestand = toestand(a, peilmoment);
        Koppeling koppeling = koppelingen.getOrDefault(a.getLetter(), new Koppeling(List.of(), BigDecimal.ZERO));
        return new Agendaregel(a.getLetter(), a.getTitel(), a.getCategorie(), a.getTijdpad(), toestand.deadline(), a.getDeadline(),
                a.getMijlpalen(), toestand.status(), toestand.laatste(), terugkerend(a.getTerugkerend(), peilmoment, bijeenkomsten),
                koppeling.opdrachten(), koppeling.uren());
    }

    private static Terugkerendestand terugkerend(Terugkerend verplichting, Peilmoment peilmoment, List<BijeenkomstDocument> bijeenkomsten) {
        if (verplichting == null) {
            return null;
        }
        int jaar = peilmoment.datum().getYear();
        Bijeenkomstsoort soort = Bijeenkomstsoort.van(verplichting.bijeenkomst());
        int gehouden = (int) bijeenkomsten.stream()
                .filter(b -> b.soort() == soort && b.datum().getYear() == jaar && peilmoment.telt(b.vastgelegdOp(), b.datum()))
                .count();
        return new Terugkerendestand(verplichting.vereist(), gehouden, String.valueOf(jaar), verplichting.periode(),
                verplichting.bijeenkomst(), gehouden >= verplichting.vereist());
    }

    /** Per letter the opdrachten that name it (as they stood at the peilmoment) and all their committed hours. */
    private Map<String, Koppeling> koppelingen(Peilmoment peilmoment) {
        Map<String, List<String>> ids = new TreeMap<>();
        Map<String, BigDecimal> uren = new TreeMap<>();
        for (OpdrachtDocument opdracht : opdrachten.metAanbevelingen(peilmoment)) {
            for (String letter : opdracht.getAanbevelingen()) {
                ids.computeIfAbsent(letter, l -> new ArrayList<>()).add(opdracht.getId());
                uren.merge(letter, opdracht.toegezegdeUren(), BigDecimal::add);
            }
        }
        Map<String, Koppeling> koppelingen = new TreeMap<>();
        ids.forEach((letter, lijst) -> koppelingen.put(letter, new Koppeling(lijst.stream().sorted().toList(), uren.get(letter))));
        return koppelingen;
    }
}
