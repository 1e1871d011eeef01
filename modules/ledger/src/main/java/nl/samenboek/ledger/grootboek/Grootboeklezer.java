package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a gemeente's grootboek back from the database, joined with the event store, in volgnummer order and with a
 * cursor, so memory stays constant however long the chain. The gebeurtenis of each entry is rebuilt from the stored
 * event, never from a cache: that is what makes verification and export evidence.
 */
public class Grootboeklezer {

    private static final int PER_KEER = 500;
    private static final String REGELS_VAN_GROOTBOEK = """
            SELECT g.gemeente, g.volgnummer, g.vorige_hash, g.hash, g.event_identifier, g.tijdstip AS grootboektijdstip,
                   e.global_index, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload,
                   e.meta_data
              FROM grootboek g
              LEFT JOIN domain_event_entry e ON e.event_identifier = g.event_identifier
            """;
    private static final String REGELS = REGELS_VAN_GROOTBOEK + " WHERE g.gemeente = ? AND g.volgnummer > ? ORDER BY g.volgnummer";
    private static final String REGELS_VAN_GEBEURTENIS = REGELS_VAN_GROOTBOEK + " WHERE g.event_identifier = ? ORDER BY g.gemeente";

    /**
     * An entry plus where its event sits in the store; {@code globaleIndex} is null when the event is missing.
     * {@code grootboektijdstip} is the tijdstip the grootboek row itself records.
     */
    public record GelezenRegel(Grootboekregel regel, String eventIdentifier, Long globaleIndex, String grootboektijdstip) {
    }

    private final DataSource dataSource;

    public Grootboeklezer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The head of the chain as the grootboek table says (not verified): volgnummer and hash, or empty. */
    public java.util.Optional<Kop> kop(String gemeente) {
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement vraag = verbinding.prepareStatement(
                     "SELECT volgnummer, hash, tijdstip FROM grootboek WHERE gemeente = ? ORDER BY volgnummer DESC LIMIT 1")) {
            vraag.setString(1, gemeente);
            try (ResultSet rij = vraag.executeQuery()) {
                return rij.next() ? java.util.Optional.of(new Kop(rij.getLong(1), rij.getString(2), rij.getString(3)))
                        : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("de kop van het grootboek van " + gemeente + " kon niet worden gelezen", e);
        }
    }

    /** @param tijdstip the tijdstip of the head entry's event, as stored */
    public record Kop(long aantal, String hoofdHash, String tijdstip) {
    }

    /** The tijdstip of the newest event in any grootboek: the moment up to which the ledger as a whole is known. */
    public java.util.Optional<java.time.Instant> laatsteTijdstip() {
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement vraag = verbinding.prepareStatement("SELECT max(tijdstip) FROM grootboek");
             ResultSet rij = vraag.executeQuery()) {
            return rij.next() && rij.getString(1) != null
                    ? java.util.Optional.of(org.axonframework.common.DateTimeUtils.parseInstant(rij.getString(1)))
                    : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("het laatste tijdstip van het grootboek kon niet worden gelezen", e);
        }
    }

    /**
     * The head of the chain as known at an instant: the longest run of entries from the start whose events were all
     * recorded by then (docs/api.md, bekendOp). Empty when the grootboek had no entry yet.
     */
    public java.util.Optional<Kop> kopOp(String gemeente, java.time.Instant bekendOp) {
        String grens = org.axonframework.common.DateTimeUtils.formatInstant(bekendOp);
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement vraag = verbinding.prepareStatement("""
                     SELECT volgnummer, hash, tijdstip FROM grootboek WHERE gemeente = ? AND volgnummer < coalesce(
                         (SELECT min(volgnummer) FROM grootboek WHERE gemeente = ? AND tijdstip > ?), 9223372036854775807)
                     ORDER BY volgnummer DESC LIMIT 1""")) {
            vraag.setString(1, gemeente);
            vraag.setString(2, gemeente);
            vraag.setString(3, grens);
            try (ResultSet rij = vraag.executeQuery()) {
                return rij.next() ? java.util.Optional.of(new Kop(rij.getLong(1), rij.getString(2), rij.getString(3)))
                        : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("de kop van het grootboek van " + gemeente + " kon niet worden gelezen", e);
        }
    }

    public void lees(String gemeente, Consumer<GelezenRegel> verwerker) {
        lees(gemeente, 0, verwerker);
    }

    /** Reads the entries after volgnummer {@code na}, in order. */
    public void lees(String gemeente, long na, Consumer<GelezenRegel> verwerker) {
        try (Connection verbinding = dataSource.getConnection()) {
            boolean autoCommit = verbinding.getAutoCommit();
            verbinding.setAutoCommit(false);
            verbinding.setReadOnly(true);
            try (PreparedStatement vraag = verbinding.prepareStatement(REGELS)) {
                vraag.setFetchSize(PER_KEER);
                vraag.setString(1, gemeente);
                vraag.setLong(2, na);
                try (ResultSet rij = vraag.executeQuery()) {
                    while (rij.next()) {
                        verwerker.accept(regel(rij));
                    }
                }
            } finally {
                verbinding.rollback();
                verbinding.setReadOnly(false);
                verbinding.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("het grootboek van " + gemeente + " kon niet worden gelezen", e);
        }
    }

    /** The entries one event has in the grootboeken of the gemeenten it concerns, by gemeente; empty when not booked. */
    public List<Grootboekregel> regelsVan(String eventIdentifier) {
        List<Grootboekregel> regels = new ArrayList<>();
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement vraag = verbinding.prepareStatement(REGELS_VAN_GEBEURTENIS)) {
            vraag.setString(1, eventIdentifier);
            try (ResultSet rij = vraag.executeQuery()) {
                while (rij.next()) {
                    regels.add(regel(rij).regel());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("de grootboekregels van gebeurtenis " + eventIdentifier + " konden niet worden gelezen", e);
        }
        return regels;
    }

    /** Verifies the whole chain against the event store as it is now (docs/auditor.md, verification). */
    public Verificatie verifieer(String gemeente) {
        return verifieer(new Ketencontrole(gemeente), gemeente);
    }

    /**
     * Verifies with the given control: from its starting point (a checkpoint already verified) and against its
     * checkpoints. The events are re-read from the event store, never from a cache.
     */
    public Verificatie verifieer(Ketencontrole controle, String gemeente) {
        long[] vorigeIndex = {Long.MIN_VALUE};
        lees(gemeente, controle.aantal(), gelezen -> {
            long volgnummer = controle.aantal() + 1;
            if (gelezen.globaleIndex() == null) {
                controle.meld(volgnummer, "de gebeurtenis " + gelezen.eventIdentifier() + " ontbreekt in de event store");
            } else if (gelezen.globaleIndex() <= vorigeIndex[0]) {
                controle.meld(volgnummer, "de gebeurtenis " + gelezen.eventIdentifier()
                        + " staat in de event store vóór die van de vorige regel: de volgorde is gewijzigd");
            } else if (!gelezen.regel().gebeurtenis().get("tijdstip").asText().equals(gelezen.grootboektijdstip())) {
                controle.meld(volgnummer, "het tijdstip van de gebeurtenis " + gelezen.eventIdentifier()
                        + " wijkt af van dat in het grootboek: de gebeurtenis is gewijzigd");
            }
            if (gelezen.globaleIndex() != null) {
                vorigeIndex[0] = gelezen.globaleIndex();
            }
            controle.controleer(gelezen.regel());
        });
        return controle.uitkomst();
    }

    private static GelezenRegel regel(ResultSet rij) throws SQLException {
        String eventIdentifier = rij.getString("event_identifier");
        long globaleIndex = rij.getLong("global_index");
        boolean aanwezig = !rij.wasNull();
        ObjectNode gebeurtenis = aanwezig
                ? Gebeurtenisvorm.van(eventIdentifier, rij.getString("payload_type"), rij.getString("time_stamp"),
                rij.getString("type"), rij.getString("aggregate_identifier"), rij.getLong("sequence_number"),
                Gebeurtenisvorm.doorUitMetadata(rij.getBytes("meta_data")), rij.getBytes("payload"))
                : null;
        Grootboekregel regel = new Grootboekregel(rij.getString("gemeente"), rij.getLong("volgnummer"), rij.getString("vorige_hash"),
                rij.getString("hash"), gebeurtenis);
        return new GelezenRegel(regel, eventIdentifier, aanwezig ? globaleIndex : null, rij.getString("grootboektijdstip"));
    }
}
