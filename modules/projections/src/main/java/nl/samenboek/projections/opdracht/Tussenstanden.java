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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Dated copies of the opdracht fold, so time travel need not fold an opdracht from its first event. The opdracht
 * projection stores its document as it stands just before an event that opens a new calendar month (when at least
 * a tenth of {@code samenboek.tijdreis.tussenstand-na} events came since the last copy), and in any case after that
 * many events: so a fold as of any instant re-reads at most about a month of an opdracht's events. Each copy carries
 * the latest instant any of its events was recorded and the latest date any of them is about (the document's
 * {@link Tussenstandboekhouding}). A copy may stand in for
 * the first events of a fold as of a peilmoment only if every one of those events counts there: recorded by
 * {@code bekendOp} and about a date on or before the peildatum. Then the fold from the copy on is the fold from the
 * start, event for event, so answers about the past do not change with the copies there are.
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
    /**
     * Per opdracht the latest usable copy, found by walking its primary key backwards and stopping at the first: a
     * long-running opdracht has a copy per month, and reading (and decompressing) all of them to keep one was most of
     * a time-travel answer's database time (docs/performance.md, w5).
     */
    private static final String BRUIKBARE = """
            SELECT t.opdracht_id, t.document
              FROM unnest(?::varchar[]) AS gevraagd(id)
              CROSS JOIN LATERAL (
                    SELECT opdracht_id, document
                      FROM opdracht_tussenstand
                     WHERE opdracht_id = gevraagd.id AND laatst_vastgelegd <= ? AND geldt_tot <= ?
                     ORDER BY versie DESC
                     LIMIT 1) t""";

    private final JdbcTemplate jdbc;
    private final int interval;
    private final int perMaand;

    @org.springframework.beans.factory.annotation.Autowired
    public Tussenstanden(JdbcTemplate jdbc, @Value("${samenboek.tijdreis.tussenstand-na:500}") int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("samenboek.tijdreis.tussenstand-na moet minstens 1 zijn, niet " + interval);
        }
        this.jdbc = jdbc;
        this.interval = interval;
        this.perMaand = Math.max(1, interval / 10);
    }

    private Tussenstanden() {
        this.jdbc = null;
        this.interval = Integer.MAX_VALUE;
        this.perMaand = Integer.MAX_VALUE;
    }

    /** No copies at all: for the fold on its own, without the event store's database (tests of the projection). */
    public static Tussenstanden geen() {
        return new Tussenstanden();
    }

    /**
     * Called with the document as it stands just before its next event, recorded at {@code volgende}: stores it when
     * a copy is due. A second store of the same copy (a replayed batch) changes nothing.
     */
    void overweeg(OpdrachtDocument document, Instant volgende) {
        if (jdbc != null && isKopieNodig(document, volgende)) {
            Tussenstandboekhouding boekhouding = document.tussenstandboekhouding();
            jdbc.update(BEWAAR, document.getId(), document.getVersie(), DateTimeUtils.formatInstant(boekhouding.laatstVastgelegd()),
                    Date.valueOf(boekhouding.geldtTot()), schrijf(document));
            boekhouding.tussenstandBewaard(document.getVersie());
        }
    }

    /** Whether the document, just before an event recorded at {@code volgende}, is due for a copy. */
    boolean isKopieNodig(OpdrachtDocument document, Instant volgende) {
        Tussenstandboekhouding boekhouding = document.tussenstandboekhouding();
        if (document.getVersie() == 0 || !boekhouding.isVanafHetBeginGevolgd()) {
            return false;
        }
        long sinds = document.getVersie() - boekhouding.versieLaatsteTussenstand();
        boolean nieuweMaand = !maand(boekhouding.laatstVastgelegd()).equals(maand(volgende));
        return sinds >= interval || (nieuweMaand && sinds >= perMaand);
    }

    private static YearMonth maand(Instant tijdstip) {
        return YearMonth.from(tijdstip.atZone(Peilmoment.ZONE));
    }

    /**
     * Per opdracht the latest copy every event of which counts at the peilmoment; none for an opdracht without one.
     *
     * @param grens {@code bekendOp} in the event store's timestamp form (or a value after every timestamp)
     */
    Map<String, OpdrachtDocument> bruikbaar(Collection<String> ids, String grens, LocalDate peildatum) {
        Map<String, OpdrachtDocument> gevonden = new HashMap<>();
        if (jdbc == null) {
            return gevonden;
        }
        LocalDate tot = peildatum == null ? LocalDate.of(9999, 12, 31) : peildatum;
        jdbc.query(BRUIKBARE, rij -> {
            gevonden.put(rij.getString(1), lees(rij.getBytes(2)));
        }, ids.toArray(String[]::new), grens, Date.valueOf(tot));
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
