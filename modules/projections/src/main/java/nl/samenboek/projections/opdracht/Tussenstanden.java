package nl.samenboek.projections.opdracht;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenboek.messages.Peilmoment;
import org.axonframework.common.DateTimeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Dated copies of the opdracht fold, so time travel need not fold an opdracht from its first event. Every
 * {@code samenboek.tijdreis.tussenstand-na} events the opdracht projection stores its document as it stands after
 * that event, with the latest instant any of its events was recorded and the latest date any of them is about. A copy
 * may stand in for the first events of a fold as of a peilmoment only if every one of those events counts there:
 * recorded by {@code bekendOp} and about a date on or before the peildatum. Then the fold from the copy on is the fold
 * from the start, event for event, so answers about the past do not change with the copies there are.
 * <p>
 * The copy is the document's fields as JSON, kept exactly (instants as stored, amounts with their scale);
 * the table is part of the read side: emptied when the projection is rebuilt, refilled by the replay.
 */
@Component
public class Tussenstanden {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final String BEWAAR = """
            INSERT INTO opdracht_tussenstand (opdracht_id, versie, laatst_vastgelegd, geldt_tot, document)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String BRUIKBARE = """
            SELECT DISTINCT ON (opdracht_id) opdracht_id, document
              FROM opdracht_tussenstand
             WHERE opdracht_id = ANY (?) AND laatst_vastgelegd <= ? AND geldt_tot <= ?
             ORDER BY opdracht_id, versie DESC""";
    /** Every stored instant sorts before this one (they are ISO-8601 instants, all in the same form). */
    private static final String ALTIJD = "9999";

    private final JdbcTemplate jdbc;
    private final int interval;

    @org.springframework.beans.factory.annotation.Autowired
    public Tussenstanden(JdbcTemplate jdbc, @Value("${samenboek.tijdreis.tussenstand-na:500}") int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("samenboek.tijdreis.tussenstand-na moet minstens 1 zijn, niet " + interval);
        }
        this.jdbc = jdbc;
        this.interval = interval;
    }

    private Tussenstanden() {
        this.jdbc = null;
        this.interval = Integer.MAX_VALUE;
    }

    /** No copies at all: for the fold on its own, without the event store's database (tests of the projection). */
    public static Tussenstanden geen() {
        return new Tussenstanden();
    }

    /** Stores the document as it stands now when its versie is due for a copy; a second store of the same is a no-op. */
    void overweeg(OpdrachtDocument document) {
        if (jdbc == null || document.getVersie() % interval != 0 || !document.isVanafHetBeginGevolgd()) {
            return;
        }
        jdbc.update(BEWAAR, document.getId(), document.getVersie(), DateTimeUtils.formatInstant(document.laatstVastgelegd()),
                Date.valueOf(document.geldtTot()), schrijf(document));
    }

    /** Per opdracht the latest copy every event of which counts at the peilmoment; none for an opdracht without one. */
    Map<String, OpdrachtDocument> bruikbaar(Collection<String> ids, Peilmoment peilmoment) {
        Map<String, OpdrachtDocument> gevonden = new HashMap<>();
        String grens = peilmoment.bekendOp() == null ? ALTIJD : DateTimeUtils.formatInstant(peilmoment.bekendOp());
        LocalDate peildatum = peilmoment.peildatum() == null ? LocalDate.of(9999, 12, 31) : peilmoment.peildatum();
        jdbc.query(BRUIKBARE, rij -> {
            gevonden.put(rij.getString(1), lees(rij.getBytes(2)));
        }, ids.toArray(String[]::new), grens, Date.valueOf(peildatum));
        return gevonden;
    }

    void wis() {
        if (jdbc == null) {
            return;
        }
        jdbc.update("DELETE FROM opdracht_tussenstand");
    }

    static byte[] schrijf(OpdrachtDocument document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpdrachtDocument lees(byte[] json) {
        try {
            return JSON.readValue(json, OpdrachtDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
