package nl.samenboek.api.fout;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * A store that cannot take or give data right now, recognised in a failure and its causes (docs/reliability.md, 503
 * semantics): the client gets 503 problem+json with {@code Retry-After}, never 500, and nothing was stored. The
 * PostgreSQL SQLStates are those of its manual, appendix A: class 08 (connection), 25006 (read-only transaction), class
 * 53 (insufficient resources: 53100 disk full, 53200 out of memory, 53300 too many connections).
 *
 * @param soort  the last part of the problem's {@code type}
 * @param detail a Dutch sentence for the client
 */
public record Opslagstoring(String soort, String detail) {

    static final Opslagstoring DATABASE_WEG = new Opslagstoring("database-niet-bereikbaar",
            "De database is tijdelijk niet bereikbaar; er is niets opgeslagen. Probeer het over enkele seconden opnieuw.");
    static final Opslagstoring ALLEEN_LEZEN = new Opslagstoring("database-alleen-lezen",
            "De database neemt tijdelijk geen wijzigingen aan (alleen lezen); er is niets opgeslagen. Probeer het later opnieuw.");
    static final Opslagstoring SCHIJF_VOL = new Opslagstoring("schijf-vol",
            "De schijf van de database is vol; er is niets opgeslagen. Probeer het later opnieuw.");
    static final Opslagstoring MIDDELEN_OP = new Opslagstoring("database-overbelast",
            "De database heeft tijdelijk te weinig middelen (geheugen of verbindingen); er is niets opgeslagen. Probeer het later opnieuw.");
    static final Opslagstoring LEESMODELLEN_WEG = new Opslagstoring("leesmodellen-niet-bereikbaar",
            "De leesmodellen (MongoDB) zijn tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.");

    /** The storage failure in this exception or one of its causes, if it is one. */
    public static Optional<Opslagstoring> in(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String staat = sql.getSQLState();
                if (staat.equals("25006")) {
                    return Optional.of(ALLEEN_LEZEN);
                }
                if (staat.equals("53100")) {
                    return Optional.of(SCHIJF_VOL);
                }
                if (staat.startsWith("53")) {
                    return Optional.of(MIDDELEN_OP);
                }
                if (staat.startsWith("08")) {
                    return Optional.of(DATABASE_WEG);
                }
            }
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return Optional.of(DATABASE_WEG);
            }
            if (t instanceof com.mongodb.MongoTimeoutException || t instanceof com.mongodb.MongoSocketException
                    || t instanceof com.mongodb.MongoNotPrimaryException || t instanceof com.mongodb.MongoNodeIsRecoveringException) {
                return Optional.of(LEESMODELLEN_WEG);
            }
        }
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException) {
                return Optional.of(DATABASE_WEG);
            }
        }
        return Optional.empty();
    }
}
