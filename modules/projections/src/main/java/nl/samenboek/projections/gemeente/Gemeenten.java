package nl.samenboek.projections.gemeente;

import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.verwerking.Antwoordcache;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The gemeenten and their verdeelsleutel, now or as of a peilmoment; also the register the aggregates consult. */
@Component
public class Gemeenten implements Gemeenteregister {

    /**
     * @param inwoners      null where the configuration or the toetreding did not give it
     * @param uitgetredenOp the day it leaves the samenwerking, once an uittreding is recorded; else null
     */
    public record Gemeente(String code, String naam, BigDecimal aandeel, Integer inwoners, LocalDate uitgetredenOp) {
    }

    private final MongoTemplate mongo;
    private final Antwoordcache cache;

    public Gemeenten(MongoTemplate mongo, Antwoordcache cache) {
        this.mongo = mongo;
        this.cache = cache;
    }

    /** Asked on almost every request (is the gemeente in the path known?), so kept while the read models stand still. */
    @Override
    public Set<String> codes() {
        return cache.geef("gemeentecodes", () -> mongo.findAll(GemeenteDocument.class).stream().map(GemeenteDocument::code)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public List<Gemeente> lijst(Peilmoment peilmoment) {
        Optional<Verdeelsleutel> sleutel = verdeelsleutel(peilmoment);
        return mongo.findAll(GemeenteDocument.class).stream()
                .filter(g -> peilmoment.telt(g.vastgelegdOp(), g.toegetredenOp()) && g.neemtDeel(peilmoment))
                .sorted(Comparator.comparing(GemeenteDocument::code))
                .map(g -> gemeente(g, sleutel, peilmoment))
                .toList();
    }

    /** One gemeente as known at the peilmoment, also one that has left (its grootboek stays readable). */
    public Optional<Gemeente> gemeente(String code, Peilmoment peilmoment) {
        return Optional.ofNullable(code == null ? null : mongo.findById(code, GemeenteDocument.class))
                .filter(g -> peilmoment.telt(g.vastgelegdOp(), g.toegetredenOp()))
                .map(g -> gemeente(g, verdeelsleutel(peilmoment), peilmoment));
    }

    private static Gemeente gemeente(GemeenteDocument g, Optional<Verdeelsleutel> sleutel, Peilmoment peilmoment) {
        boolean uittredingBekend = g.uitgetredenOp() != null
                && (peilmoment.bekendOp() == null || !g.uittredingVastgelegdOp().isAfter(peilmoment.bekendOp()));
        return new Gemeente(g.code(), g.naam(), sleutel.map(s -> s.aandeel(g.code())).orElse(BigDecimal.ZERO), g.inwoners(),
                uittredingBekend ? g.uitgetredenOp() : null);
    }

    /** Known, and not left by that day. */
    @Override
    public boolean neemtDeelOp(String code, LocalDate dag) {
        GemeenteDocument g = code == null ? null : mongo.findById(code, GemeenteDocument.class);
        return g != null && g.neemtDeel(new Peilmoment(dag, null));
    }

    /** The key in force on the peildatum, as the ledger knew it at bekendOp. */
    public Optional<Verdeelsleutel> verdeelsleutel(Peilmoment peilmoment) {
        return mongo.findAll(VerdeelsleutelDocument.class).stream()
                .filter(s -> peilmoment.bekendOp() == null || !s.vastgelegdOp().isAfter(peilmoment.bekendOp()))
                .filter(s -> !s.ingangsdatum().isAfter(peilmoment.datum()))
                .max(Comparator.comparing(VerdeelsleutelDocument::ingangsdatum).thenComparing(VerdeelsleutelDocument::vastgelegdOp))
                .map(s -> new Verdeelsleutel(s.ingangsdatum(), s.aandelen()));
    }

    /** Every key as recorded by bekendOp, the latest recording per ingangsdatum, in date order. */
    public List<Verdeelsleutel> verdeelsleutels(Peilmoment peilmoment) {
        return mongo.findAll(VerdeelsleutelDocument.class).stream()
                .filter(s -> peilmoment.bekendOp() == null || !s.vastgelegdOp().isAfter(peilmoment.bekendOp()))
                .collect(Collectors.groupingBy(VerdeelsleutelDocument::ingangsdatum,
                        Collectors.maxBy(Comparator.comparing(VerdeelsleutelDocument::vastgelegdOp))))
                .values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(VerdeelsleutelDocument::ingangsdatum))
                .map(s -> new Verdeelsleutel(s.ingangsdatum(), s.aandelen()))
                .toList();
    }
}
