package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.Terugkerend;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.projections.gemeente.Gemeenten;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The uitvoeringsagenda on any peildatum, as the ledger knew it at any bekendOp (docs/uitvoeringsagenda.md): each
 * recommendation's status from the facts that count then, per stap and, where each gemeente realises it for itself,
 * per gemeente; its recurring obligation counted from the joint meetings held with every gemeente; the opdrachten that
 * name it with their committed hours; and the joint meetings themselves (held, planned or cancelled).
 */
@Component
public class Aanbevelingen {

    public record Voortgang(String soort, LocalDate datum, String toelichting) {
    }

    /** {@code periode} is the calendar year (a P&C cycle is one year's cycle) that contains the peildatum. */
    public record Terugkerendestand(int vereist, int gehouden, String periode, String soort, String bijeenkomst, boolean voldaan) {
    }

    /** One stap of a tijdpad: {@code deadline} is the one in force (postponed or the nota's), null where the nota sets none. */
    public record Stap(int nummer, String omschrijving, LocalDate deadline, Agendastatus status) {
    }

    /** One gemeente's part in a recommendation each gemeente realises for itself. */
    public record Gemeentestand(Agendastatus status, Voortgang laatsteVoortgang, List<Stap> stappen) {
    }

    /**
     * @param deadline    the deadline in force of the earliest open stap (of the last stap once all are realised)
     * @param perGemeente per gemeente, for a recommendation each gemeente realises for itself; null for the others
     */
    public record Agendaregel(String letter, String titel, Aanbevelingscategorie categorie, String tijdpad, LocalDate deadline,
                              LocalDate oorspronkelijkeDeadline, List<Mijlpaal> mijlpalen, Agendastatus status,
                              Voortgang laatsteVoortgang, Terugkerendestand terugkerend, List<String> opdrachten, BigDecimal uren,
                              List<Stap> stappen, Map<String, Gemeentestand> perGemeente) {

        /** The same line with only these linked opdrachten named; {@code uren} stays the total of all of them. */
        public Agendaregel metOpdrachten(List<String> zichtbaar) {
            return new Agendaregel(letter, titel, categorie, tijdpad, deadline, oorspronkelijkeDeadline, mijlpalen, status,
                    laatsteVoortgang, terugkerend, opdrachten.stream().filter(zichtbaar::contains).toList(), uren, stappen, perGemeente);
        }
    }

    /**
     * A joint meeting as it stands on a peilmoment.
     *
     * @param voltallig whether every gemeente of the samenwerking (on the meeting's date) took part
     */
    public record Bijeenkomststand(BijeenkomstDocument bijeenkomst, Bijeenkomststatus status, boolean voltallig,
                                   BijeenkomstDocument.Annulering annulering) {
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
    private final Gemeenten gemeenten;
    private final Antwoordcache cache;

    public Aanbevelingen(MongoTemplate mongo, Opdrachten opdrachten, Gemeenten gemeenten, Antwoordcache cache) {
        this.mongo = mongo;
        this.opdrachten = opdrachten;
        this.gemeenten = gemeenten;
        this.cache = cache;
    }

    public List<Agendaregel> agenda(Peilmoment peilmoment) {
        return peilmoment.isNu() ? cache.geef(List.of("uitvoeringsagenda"), () -> bereken(peilmoment)) : bereken(peilmoment);
    }

    private List<Agendaregel> bereken(Peilmoment peilmoment) {
        Map<String, Koppeling> koppelingen = koppelingen(peilmoment);
        List<Bijeenkomststand> bijeenkomsten = bijeenkomsten(peilmoment);
        return bekende(peilmoment).stream().map(a -> regel(a, peilmoment, koppelingen, bijeenkomsten)).toList();
    }

    public Optional<Aanbeveling> aanbeveling(String letter, Peilmoment peilmoment) {
        AanbevelingDocument document = mongo.findById(letter, AanbevelingDocument.class);
        if (document == null || !telt(document, peilmoment)) {
            return Optional.empty();
        }
        return Optional.of(aanbeveling(document, peilmoment, koppelingen(peilmoment), bijeenkomsten(peilmoment)));
    }

    /** Every recommendation known at the peilmoment, each with its stand and history. */
    public List<Aanbeveling> alle(Peilmoment peilmoment) {
        Map<String, Koppeling> koppelingen = koppelingen(peilmoment);
        List<Bijeenkomststand> bijeenkomsten = bijeenkomsten(peilmoment);
        return bekende(peilmoment).stream().map(a -> aanbeveling(a, peilmoment, koppelingen, bijeenkomsten)).toList();
    }

    private Aanbeveling aanbeveling(AanbevelingDocument document, Peilmoment peilmoment, Map<String, Koppeling> koppelingen,
                                    List<Bijeenkomststand> bijeenkomsten) {
        return new Aanbeveling(regel(document, peilmoment, koppelingen, bijeenkomsten), document.getBeoogdResultaat(),
                document.getVastgesteldOp(), document.getBron(), getelde(document, peilmoment));
    }

    /** Whether the 24 recommendations are loaded and readable (health). */
    public long aantal() {
        return mongo.count(new Query(), AanbevelingDocument.class);
    }

    /** The joint meetings known on the peilmoment (held, planned or cancelled), newest first. */
    public List<Bijeenkomststand> bijeenkomsten(Peilmoment peilmoment) {
        Map<LocalDate, Set<String>> samenwerking = new HashMap<>();
        return mongo.findAll(BijeenkomstDocument.class).stream()
                .filter(b -> b.bestaatOp(peilmoment))
                .sorted(Comparator.comparing(BijeenkomstDocument::datum).reversed().thenComparing(BijeenkomstDocument::id))
                .map(b -> stand(b, peilmoment, samenwerking))
                .toList();
    }

    public Optional<Bijeenkomststand> bijeenkomst(String id, Peilmoment peilmoment) {
        return Optional.ofNullable(mongo.findById(id, BijeenkomstDocument.class)).filter(b -> b.bestaatOp(peilmoment))
                .map(b -> stand(b, peilmoment, new HashMap<>()));
    }

    /**
     * The gemeenten of the samenwerking on a meeting's date are those of the verdeelsleutel in force then: it follows
     * every toetreding and uittreding, and it is in every gemeente's grootboek, so a gemeente that takes its grootboek
     * elsewhere (ontvlechting) still knows who the samenwerking was.
     *
     * @param samenwerking the gemeenten of the samenwerking per date, as looked up so far
     */
    private Bijeenkomststand stand(BijeenkomstDocument b, Peilmoment peilmoment, Map<LocalDate, Set<String>> samenwerking) {
        Set<String> leden = samenwerking.computeIfAbsent(b.datum(), datum -> {
            Peilmoment toen = new Peilmoment(datum, peilmoment.bekendOp());
            return gemeenten.verdeelsleutel(toen).map(sleutel -> Set.copyOf(sleutel.aandelen().keySet()))
                    .orElseGet(() -> gemeenten.lijst(toen).stream().map(Gemeenten.Gemeente::code).collect(Collectors.toSet()));
        });
        return new Bijeenkomststand(b, b.status(peilmoment), Bijeenkomststatus.voltallig(b.gemeenten(), leden), b.annuleringOp(peilmoment));
    }

    private List<AanbevelingDocument> bekende(Peilmoment peilmoment) {
        return mongo.find(new Query().with(Sort.by("_id")), AanbevelingDocument.class).stream()
                .filter(a -> telt(a, peilmoment)).toList();
    }

    private static boolean telt(AanbevelingDocument a, Peilmoment peilmoment) {
        return a.getVastgelegdOp() != null && peilmoment.telt(a.getVastgelegdOp(), a.getVastgesteldOp());
    }

    private static List<AanbevelingDocument.Feit> getelde(AanbevelingDocument a, Peilmoment peilmoment) {
        return Agendaberekening.getelde(a, peilmoment);
    }

    /**
     * Where one recommendation stands on a peilmoment.
     *
     * @param deadline                the deadline in force of the earliest open stap (of the last once all are realised)
     * @param oorspronkelijkeDeadline the nota's deadline of that stap
     * @param uitgesteld              whether that deadline was moved by a counted uitstelbesluit
     * @param perGemeente             per gemeente, for a recommendation each gemeente realises for itself; else null
     */
    public record Toestand(LocalDate deadline, LocalDate oorspronkelijkeDeadline, boolean uitgesteld, Agendastatus status,
                           Voortgang laatste, List<Stap> stappen, Map<String, Gemeentestand> perGemeente) {
    }

    /** The status rules of docs/uitvoeringsagenda.md for one recommendation, from the facts that count on the peilmoment. */
    public static Toestand toestand(AanbevelingDocument a, Peilmoment peilmoment) {
        return Agendaberekening.bereken(a, peilmoment);
    }

    private static Agendaregel regel(AanbevelingDocument a, Peilmoment peilmoment, Map<String, Koppeling> koppelingen,
                                     List<Bijeenkomststand> bijeenkomsten) {
        Toestand toestand = toestand(a, peilmoment);
        Koppeling koppeling = koppelingen.getOrDefault(a.getLetter(), new Koppeling(List.of(), BigDecimal.ZERO));
        return new Agendaregel(a.getLetter(), a.getTitel(), a.getCategorie(), a.getTijdpad(), toestand.deadline(),
                toestand.oorspronkelijkeDeadline(), a.getMijlpalen(), toestand.status(), toestand.laatste(),
                terugkerend(a.getTerugkerend(), peilmoment, bijeenkomsten), koppeling.opdrachten(), koppeling.uren(), toestand.stappen(),
                toestand.perGemeente());
    }

    /** The meetings of the soort held in the peildatum's year with every gemeente of the samenwerking (nota: "voltallig"). */
    private static Terugkerendestand terugkerend(Terugkerend verplichting, Peilmoment peilmoment, List<Bijeenkomststand> bijeenkomsten) {
        if (verplichting == null) {
            return null;
        }
        int jaar = peilmoment.datum().getYear();
        Bijeenkomstsoort soort = Bijeenkomstsoort.van(verplichting.bijeenkomst());
        int gehouden = (int) bijeenkomsten.stream()
                .filter(b -> b.bijeenkomst().soort() == soort && b.bijeenkomst().datum().getYear() == jaar
                        && b.status() == Bijeenkomststatus.GEHOUDEN && b.voltallig())
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
