package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.Tijdstempel;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
 * database: the time-travel cost is one pass over those events, not one round trip per opdracht. Where a
 * {@link Tussenstanden copy} of the fold exists every event of which counts at the peilmoment, the fold starts from
 * the latest such copy and reads only the events after it. The index {@code domain_event_entry_tijdreis} (migration V21)
 * holds each event's time_stamp beside its opdracht and version, so the events after a copy that were recorded after
 * {@code bekendOp} are passed over in the index instead of fetched from the table.
 */
@Component
public class Opdrachtgeschiedenis {

    private static final int PER_VRAAG = 200;
    private static final String GEBEURTENISSEN = """
            SELECT e.aggregate_identifier, e.time_stamp, e.payload_type, e.payload_revision, e.payload
              FROM domain_event_entry e
              JOIN unnest(?::varchar[], ?::bigint[]) AS vanaf(id, versie)
                ON e.aggregate_identifier = vanaf.id AND e.sequence_number >= vanaf.versie
             WHERE e.type = 'Opdracht' AND e.time_stamp <= ?
             ORDER BY e.aggregate_identifier, e.sequence_number""";
    /** Every stored timestamp sorts before this one (they are ISO-8601 instants, all in the same form). */
    private static final String ALTIJD = "9999";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Tussenstanden tussenstanden;

    public Opdrachtgeschiedenis(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, Tussenstanden tussenstanden) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tussenstanden = tussenstanden;
    }

    /**
     * The opdrachten that existed at the peilmoment, in the order of the ids given. The groups are read and folded in
     * parallel: the work is deserialising events, and the groups share nothing.
     */
    public List<OpdrachtDocument> vouw(Collection<String> ids, Peilmoment peilmoment) {
        return vouw(ids, peilmoment, true);
    }

    /** @param metTussenstanden false only to show that the copies change nothing (tests) */
    List<OpdrachtDocument> vouw(Collection<String> ids, Peilmoment peilmoment, boolean metTussenstanden) {
        String grens = peilmoment.bekendOp() == null ? ALTIJD : DateTimeUtils.formatInstant(peilmoment.bekendOp());
        List<String> alle = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> groepen = new ArrayList<>();
        for (int van = 0; van < alle.size(); van += PER_VRAAG) {
            groepen.add(alle.subList(van, Math.min(alle.size(), van + PER_VRAAG)));
        }
        Map<String, OpdrachtDocument> gevouwen = new HashMap<>();
        groepen.parallelStream().map(groep -> vouwGroep(groep, peilmoment, grens, metTussenstanden)).toList().forEach(gevouwen::putAll);
        return alle.stream().map(gevouwen::get).filter(d -> d != null && d.getId() != null).toList();
    }

    private Map<String, OpdrachtDocument> vouwGroep(List<String> groep, Peilmoment peilmoment, String grens, boolean metTussenstanden) {
        Map<String, OpdrachtDocument> gevouwen = metTussenstanden ? tussenstanden.bruikbaar(groep, grens, peilmoment.peildatum()) : new HashMap<>();
        Long[] vanaf = groep.stream().map(id -> gevouwen.containsKey(id) ? gevouwen.get(id).getVersie() : 0L).toArray(Long[]::new);
        jdbc.query(GEBEURTENISSEN, rij -> {
            String id = rij.getString(1);
            Instant tijdstip = Tijdstempel.lees(rij.getString(2));
            Object inhoud = serializer.deserialize(new SimpleSerializedObject<>(rij.getBytes(5), byte[].class,
                    rij.getString(3), rij.getString(4)));
            if (inhoud instanceof OpdrachtGebeurtenis gebeurtenis && peilmoment.telt(tijdstip, gebeurtenis.geldtVanaf())) {
                // the versie of a fold as of a peilmoment counts the events that count then
                OpdrachtDocument opdracht = gevouwen.computeIfAbsent(id, k -> new OpdrachtDocument());
                Opdrachtverloop.verwerk(opdracht, gebeurtenis, opdracht.getVersie() + 1, tijdstip);
            }
        }, groep.toArray(String[]::new), vanaf, grens);
        return gevouwen;
    }
}
