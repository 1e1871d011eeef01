package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Prioriteit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers questions about opdrachten. Now: from the {@code opdrachten} read model. As of a peilmoment: by folding the
 * opdracht's own events from the event store, counting only the facts that count then (docs/architecture.md, the read
 * path; docs/decisions.md, time travel starts from tussenstanden).
 */
@Component
public class Opdrachten {

    /** Lists put the bestuur's priority first (hoog, normaal, laag), then the newest aanvraag (docs/api.md). */
    private static final Sort OP_PRIORITEIT = Sort.by(Sort.Order.asc("prioriteitsrang"), Sort.Order.desc("aangevraagdOp"),
            Sort.Order.asc("_id"));
    private static final Comparator<OpdrachtDocument> OP_PRIORITEIT_GEVOUWEN = Comparator
            .comparing(OpdrachtDocument::prioriteitOfNormaal)
            .thenComparing(OpdrachtDocument::getAangevraagdOp, Comparator.reverseOrder())
            .thenComparing(OpdrachtDocument::getId);

    private final MongoTemplate mongo;
    private final EventStore eventStore;
    private final Opdrachtgeschiedenis geschiedenis;

    public Opdrachten(MongoTemplate mongo, EventStore eventStore, Opdrachtgeschiedenis geschiedenis) {
        this.mongo = mongo;
        this.eventStore = eventStore;
        this.geschiedenis = geschiedenis;
    }

    /**
     * A read model written before priorities existed has documents without {@code prioriteitsrang}; MongoDB would sort
     * those before {@code hoog}. They are normaal: said so once at start, on every node alike.
     */
    @EventListener(ContextRefreshedEvent.class)
    public void vulPrioriteitsrangAan() {
        try {
            mongo.updateMulti(new Query(Criteria.where("prioriteitsrang").exists(false)),
                    new Update().set("prioriteitsrang", Prioriteit.NORMAAL.ordinal()), OpdrachtDocument.class);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Opdrachten.class).warn("De prioriteitsrang van oudere opdrachten is niet aangevuld: {}", e.getMessage());
        }
    }

    public Optional<OpdrachtDocument> geefOpdracht(String id, Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            return Optional.ofNullable(mongo.findById(id, OpdrachtDocument.class));
        }
        return geschiedenis.vouw(List.of(id), peilmoment).stream().findFirst();
    }

    public Pagina<OpdrachtDocument> zoekOpdrachten(Opdrachtfilter filter, int pagina, int paginagrootte, Peilmoment peilmoment) {
        if (peilmoment.isNu()) {
            Query vraag = new Query(criteria(filter, true));
            long totaal = mongo.count(vraag, OpdrachtDocument.class);
            vraag.with(OP_PRIORITEIT).skip((long) (pagina - 1) * paginagrootte).limit(paginagrootte);
            return new Pagina<>(mongo.find(vraag, OpdrachtDocument.class), pagina, paginagrootte, totaal);
        }
        // Status and prioriteit change over time, so they are filtered and sorted after folding; the other filters never change.
        List<OpdrachtDocument> gevonden = new ArrayList<>(vouw(new Query(criteria(filter, false)), peilmoment).stream()
                .filter(filter::past).toList());
        gevonden.sort(OP_PRIORITEIT_GEVOUWEN);
        int van = (int) Math.min(gevonden.size(), (long) (pagina - 1) * paginagrootte);
        int tot = Math.min(gevonden.size(), van + paginagrootte);
        return new Pagina<>(gevonden.subList(van, tot), pagina, paginagrootte, gevonden.size());
    }

    /**
     * Every opdracht that plays in the jaar — budgeted for it, hours committed for it or registered in it — as it stood
     * at the peilmoment.
     */
    public List<OpdrachtDocument> inJaar(int jaar, Peilmoment peilmoment) {
        String j = String.valueOf(jaar);
        Query vraag = new Query(new Criteria().orOperator(Criteria.where("begrotingsjaar").is(jaar),
                Criteria.where("toezeggingen." + j).exists(true), Criteria.where("besteedPerJaar." + j).exists(true)))
                .with(Sort.by("_id"));
        if (peilmoment.isNu()) {
            return mongo.find(vraag, OpdrachtDocument.class);
        }
        return vouw(vraag, peilmoment).stream().filter(o -> o.speeltIn(jaar)).toList();
    }

    /**
     * Every opdracht that was open (not in an end status) at the peilmoment, of any jaar. An end status never changes,
     * so an opdracht that is in one now and was last changed before the peilmoment was in it then already: only the
     * others are folded.
     */
    public List<OpdrachtDocument> lopend(Peilmoment peilmoment) {
        List<String> eind = Arrays.stream(OpdrachtStatus.values()).filter(OpdrachtStatus::isEindstatus).map(Enum::name).toList();
        Criteria nuOpen = Criteria.where("status").nin(eind);
        if (peilmoment.isNu()) {
            return mongo.find(new Query(nuOpen).with(Sort.by("_id")), OpdrachtDocument.class);
        }
        Instant tot = peilmoment.bekendOp() != null ? peilmoment.bekendOp()
                : peilmoment.datum().plusDays(1).atStartOfDay(Peilmoment.ZONE).toInstant();
        Query kandidaten = new Query(new Criteria().orOperator(nuOpen, Criteria.where("bijgewerktOp").gte(tot))).with(Sort.by("_id"));
        return vouw(kandidaten, peilmoment).stream().filter(o -> o.getStatus() != null && !o.getStatus().isEindstatus()).toList();
    }

    /** The gemeenten of each of these opdrachten (fixed at the aanvraag), for what a college or raad may see of them. */
    public Map<String, List<String>> gemeentenVan(Collection<String> ids) {
        Query vraag = new Query(Criteria.where("_id").in(ids));
        vraag.fields().include("_id").include("gemeenten");
        Map<String, List<String>> gemeenten = new HashMap<>();
        mongo.find(vraag, OpdrachtDocument.class).forEach(o -> gemeenten.put(o.getId(), o.getGemeenten()));
        return gemeenten;
    }

    /** Every opdracht that names at least one recommendation, as it stood at the peilmoment. */
    public List<OpdrachtDocument> metAanbevelingen(Peilmoment peilmoment) {
        return waarBestaat("aanbevelingen.0", peilmoment);
    }

    /** Every opdracht that has (or had) an output or outcome afspraak, as it stood at the peilmoment. */
    public List<OpdrachtDocument> metAfspraken(Peilmoment peilmoment) {
        return waarBestaat("afspraken.0", peilmoment);
    }

    /** Every opdracht with an opleverdatum, as it stood at the peilmoment. */
    public List<OpdrachtDocument> metOpleverdatum(Peilmoment peilmoment) {
        return waarBestaat("opleverdatum", peilmoment);
    }

    /** Every sleutelproject (nota, aanbeveling C), as it stood at the peilmoment. */
    public List<OpdrachtDocument> sleutelprojecten(Peilmoment peilmoment) {
        return waarBestaat("sleutelproject", peilmoment).stream().filter(o -> o.getSleutelproject() != null).toList();
    }

    /** The opdrachten whose current document has the field (it is never removed again), as they stood at the peilmoment. */
    private List<OpdrachtDocument> waarBestaat(String veld, Peilmoment peilmoment) {
        Query vraag = new Query(new Criteria().andOperator(Criteria.where(veld).exists(true), Criteria.where(veld).ne(null)))
                .with(Sort.by("_id"));
        return peilmoment.isNu() ? mongo.find(vraag, OpdrachtDocument.class) : vouw(vraag, peilmoment);
    }

    /** The opdracht's events in order, as far as they count at the peilmoment. */
    public List<DomainEventMessage<?>> gebeurtenissen(String id, Peilmoment peilmoment) {
        List<DomainEventMessage<?>> gebeurtenissen = new ArrayList<>();
        DomainEventStream stroom = eventStore.readEvents(id);
        while (stroom.hasNext()) {
            DomainEventMessage<?> bericht = stroom.next();
            if (bericht.getPayload() instanceof OpdrachtGebeurtenis && telt(bericht, peilmoment)) {
                gebeurtenissen.add(bericht);
            }
        }
        return gebeurtenissen;
    }

    /**
     * The opdrachten the query finds, as they stood at the peilmoment. The fold starts from the events, so only their
     * ids are read: the current documents (with years of hours per day) are not needed.
     */
    private List<OpdrachtDocument> vouw(Query kandidaten, Peilmoment peilmoment) {
        kandidaten.fields().include("_id");
        return geschiedenis.vouw(mongo.find(kandidaten, OpdrachtDocument.class).stream().map(OpdrachtDocument::getId).toList(),
                peilmoment);
    }

    static boolean telt(DomainEventMessage<?> bericht, Peilmoment peilmoment) {
        LocalDate datum = bericht.getPayload() instanceof Gebeurtenis g ? g.geldtVanaf() : null;
        return peilmoment.telt(bericht.getTimestamp(), datum);
    }

    private static Criteria criteria(Opdrachtfilter filter, boolean metStatus) {
        List<Criteria> delen = new ArrayList<>();
        if (filter.gemeente() != null) {
            delen.add(Criteria.where("gemeenten").is(filter.gemeente()));
        }
        if (filter.begrotingsjaar() != null) {
            delen.add(Criteria.where("begrotingsjaar").is(filter.begrotingsjaar()));
        }
        if (metStatus && filter.status() != null) {
            delen.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.categorie() != null) {
            delen.add(Criteria.where("categorie").is(filter.categorie().name()));
        }
        if (filter.aanbeveling() != null) {
            delen.add(Criteria.where("aanbevelingen").is(filter.aanbeveling()));
        }
        if (filter.herkomst() != null) {
            delen.add(filter.herkomst() == Herkomstsoort.NIET_OPGEGEVEN
                    ? new Criteria().orOperator(Criteria.where("herkomst").exists(false), Criteria.where("herkomst").is(null))
                    : Criteria.where("herkomst.soort").is(filter.herkomst().name()));
        }
        return delen.isEmpty() ? new Criteria() : new Criteria().andOperator(delen.toArray(Criteria[]::new));
    }
}
