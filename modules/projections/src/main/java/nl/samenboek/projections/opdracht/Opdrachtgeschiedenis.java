package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Peilmoment;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Opdrachten as they stood at a peilmoment, folded from the event store with the same fold as the live projection.
 * Many opdrachten at once (a P&C document of a past instant folds every opdracht of the year) are read with one query
 * per group of ids, ordered by opdracht and version, and only the events recorded by {@code bekendOp} leave the
 * database: the time-travel cost is one pass over those events, not one round trip per opdracht.
 */
@Component
public class Opdrachtgeschiedenis {

    private static final int PER_VRAAG = 200;
    private static final String GEBEURTENISSEN = """
            SELECT aggregate_identifier, time_stamp, payload_type, payload_revision, payload
              FROM domain_event_entry
             WHERE type = 'Opdracht' AND aggregate_identifier = ANY (?) AND time_stamp <= ?
             ORDER BY aggregate_identifier, sequence_number""";
    /** Every stored timestamp sorts before this one (they are ISO-8601 instants, all in the same form). */
    private static final String ALTIJD = "9999";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public Opdrachtgeschiedenis(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * The opdrachten that existed at the peilmoment, in the order of the ids given. The groups are read and folded in
     * parallel: the work is deserialising events, and the groups share nothing.
     */
    public List<OpdrachtDocument> vouw(Collection<String> ids, Peilmoment peilmoment) {
        String grens = peilmoment.bekendOp() == null ? ALTIJD : DateTimeUtils.formatInstant(peilmoment.bekendOp());
        List<String> alle = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> groepen = new ArrayList<>();
        for (int van = 0; van < alle.size(); van += PER_VRAAG) {
            groepen.add(alle.subList(van, Math.min(alle.size(), van + PER_VRAAG)));
        }
        Map<String, OpdrachtDocument> gevouwen = new HashMap<>();
        groepen.parallelStream().map(groep -> vouwGroep(groep, peilmoment, grens)).toList().forEach(gevouwen::putAll);
        return alle.stream().map(gevouwen::get).filter(d -> d != null && d.getId() != null).toList();
    }

    private Map<String, OpdrachtDocument> vouwGroep(List<String> groep, Peilmoment peilmoment, String grens) {
        Map<String, OpdrachtDocument> gevouwen = new HashMap<>();
        Map<String, long[]> versies = new HashMap<>();
        jdbc.query(GEBEURTENISSEN, rij -> {
            String id = rij.getString(1);
            Instant tijdstip = DateTimeUtils.parseInstant(rij.getString(2));
            Object inhoud = serializer.deserialize(new SimpleSerializedObject<>(rij.getBytes(5), byte[].class,
                    rij.getString(3), rij.getString(4)));
            LocalDate datum = inhoud instanceof Gebeurtenis g ? g.geldtVanaf() : null;
            if (peilmoment.telt(tijdstip, datum)) {
                gevouwen.computeIfAbsent(id, k -> new OpdrachtDocument())
                        .verwerk(inhoud, ++versies.computeIfAbsent(id, k -> new long[1])[0], tijdstip);
            }
        }, groep.toArray(String[]::new), grens);
        return gevouwen;
    }
}
