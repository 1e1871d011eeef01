package nl.samenboek.projections.capaciteit;

import nl.samenboek.domain.formatie.Formatieregister;
import nl.samenboek.domain.opdracht.Capaciteitsbewaking;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Werkplannen, afdelingstarieven and formaties as they stood at a peilmoment (facts without a date of their own count
 * from the day they were recorded). Also the capacity guard the Opdracht aggregate consults before it commits hours,
 * and the formaties a werkplan without capaciteit takes its hours from.
 */
@Component
public class Werkplannen implements Capaciteitsbewaking, Formatieregister {

    private final MongoTemplate mongo;

    public Werkplannen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The werkplan in force per team for the jaar. */
    public Map<String, WerkplanDocument> werkplannen(int jaar, Peilmoment peilmoment) {
        return laatste(mongo.find(new Query(Criteria.where("jaar").is(jaar)), WerkplanDocument.class).stream()
                        .filter(w -> peilmoment.telt(w.vastgelegdOp(), null)).toList(),
                WerkplanDocument::team, Comparator.comparing(WerkplanDocument::vastgelegdOp).thenComparing(WerkplanDocument::versie));
    }

    public Optional<WerkplanDocument> werkplan(String team, int jaar, Peilmoment peilmoment) {
        return Optional.ofNullable(werkplannen(jaar, peilmoment).get(team));
    }

    /** The afdelingstarief in force per team for the jaar. */
    public Map<String, BigDecimal> tarieven(int jaar, Peilmoment peilmoment) {
        return laatste(mongo.find(new Query(Criteria.where("jaar").is(jaar)), TariefDocument.class).stream()
                        .filter(t -> peilmoment.telt(t.vastgelegdOp(), null)).toList(),
                TariefDocument::team, Comparator.comparing(TariefDocument::vastgelegdOp))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().tarief()));
    }

    /** The formatie in force per team for the jaar. */
    public Map<String, FormatieDocument> formaties(int jaar, Peilmoment peilmoment) {
        return laatste(mongo.find(new Query(Criteria.where("jaar").is(jaar)), FormatieDocument.class).stream()
                        .filter(f -> peilmoment.telt(f.vastgelegdOp(), null)).toList(),
                FormatieDocument::team, Comparator.comparing(FormatieDocument::vastgelegdOp).thenComparing(FormatieDocument::versie));
    }

    @Override
    public Optional<BigDecimal> beschikbareUren(String team, int jaar) {
        return Optional.ofNullable(formaties(jaar, Peilmoment.nu()).get(team)).map(FormatieDocument::beschikbareUren);
    }

    @Override
    public Optional<BigDecimal> planbaar(String team, int jaar) {
        return werkplan(team, jaar, Peilmoment.nu()).map(WerkplanDocument::planbaar);
    }

    /** Withdrawn opdrachten release their hours; rejected ones never had any. */
    @Override
    public BigDecimal toegezegdDoorAnderen(String team, int jaar, OpdrachtId uitgezonderd) {
        Query vraag = new Query(Criteria.where("team").is(team).and("toezeggingen." + jaar).exists(true)
                .and("_id").ne(uitgezonderd.waarde()));
        return mongo.find(vraag, OpdrachtDocument.class).stream()
                .filter(o -> o.getStatus() != OpdrachtStatus.INGETROKKEN)
                .map(o -> o.toezegging(jaar).map(OpdrachtDocument.Toezegging::uren).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <T> Map<String, T> laatste(List<T> versies, Function<T, String> sleutel, Comparator<T> volgorde) {
        return versies.stream().collect(Collectors.toMap(sleutel, Function.identity(), (a, b) -> volgorde.compare(a, b) >= 0 ? a : b,
                java.util.TreeMap::new));
    }
}
