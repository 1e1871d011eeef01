package nl.samenboek.ledger.uren;

import nl.samenboek.domain.opdracht.Urenregister;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table {@code urenregistratie}: every registration of hours with its value as corrected so far. Written from the
 * events as they are stored (on the same connection and in the same transaction, like the grootboek), so it can never
 * disagree with the event store, also after an import; read by the Opdracht aggregate through {@link Urenregister} for
 * the 24-hour rule over all opdrachten and for corrections. Reading a medewerker's day takes a transaction-scoped
 * advisory lock on that medewerker and day, so two registrations for the same person and day wait for each other
 * instead of both passing the rule (docs/decisions.md).
 */
public class Urenboek implements Urenregister {

    private static final String NIEUW = "INSERT INTO urenregistratie (opdracht_id, versie, medewerker, datum, uren) VALUES (?, ?, ?, ?, ?)";
    private static final String CORRECTIE = "UPDATE urenregistratie SET uren = ? WHERE opdracht_id = ? AND versie = ?";

    private final JdbcTemplate jdbc;

    public Urenboek(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Books the registrations and corrections among the events being stored, on their connection. */
    public static void boekIn(Connection verbinding, List<? extends EventMessage<?>> events) throws SQLException {
        try (PreparedStatement nieuw = verbinding.prepareStatement(NIEUW);
             PreparedStatement correctie = verbinding.prepareStatement(CORRECTIE)) {
            for (EventMessage<?> event : events) {
                if (event.getPayload() instanceof UrenGeregistreerd geregistreerd) {
                    nieuw.setString(1, geregistreerd.opdrachtId().waarde());
                    nieuw.setLong(2, ((DomainEventMessage<?>) event).getSequenceNumber() + 1);
                    nieuw.setString(3, geregistreerd.medewerker());
                    nieuw.setDate(4, Date.valueOf(geregistreerd.datum()));
                    nieuw.setBigDecimal(5, geregistreerd.uren());
                    nieuw.addBatch();
                } else if (event.getPayload() instanceof UrenGecorrigeerd gecorrigeerd) {
                    correctie.setBigDecimal(1, gecorrigeerd.uren());
                    correctie.setString(2, gecorrigeerd.opdrachtId().waarde());
                    correctie.setLong(3, gecorrigeerd.registratie());
                    correctie.addBatch();
                }
            }
            // a timesheet's thousands of lines in a few round trips; corrections after the registrations they may name
            nieuw.executeBatch();
            correctie.executeBatch();
        }
    }

    @Override
    public BigDecimal urenOpDag(String medewerker, LocalDate datum) {
        BigDecimal vooruit = vooruitGelezen().get(dagsleutel(medewerker, datum));
        if (vooruit != null) {
            return vooruit.add(gereserveerd().getOrDefault(dagsleutel(medewerker, datum), BigDecimal.ZERO));
        }
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, slotsleutel(medewerker, datum));
        BigDecimal opgeslagen = jdbc.queryForObject("SELECT COALESCE(SUM(uren), 0) FROM urenregistratie WHERE medewerker = ? AND datum = ?",
                BigDecimal.class, medewerker, Date.valueOf(datum));
        return opgeslagen.add(gereserveerd().getOrDefault(dagsleutel(medewerker, datum), BigDecimal.ZERO));
    }

    /** A medewerker's day, as a timesheet line names it. */
    public record Dag(String medewerker, LocalDate datum) {
    }

    /**
     * For a write of many registrations in one transaction (a timesheet): takes the locks of all their days at once, in
     * one fixed order (so two timesheets cannot wait for each other in a circle), and reads the hours already stored on
     * each in one query; {@link #urenOpDag} then answers those days from memory for the rest of the unit of work. The
     * same rule as line by line, in two round trips instead of two per line (docs/performance.md, w6).
     */
    public void leesVooruit(Collection<Dag> dagen) {
        if (!CurrentUnitOfWork.isStarted() || dagen.isEmpty()) {
            return;
        }
        List<Dag> uniek = List.copyOf(new LinkedHashSet<>(dagen));
        Long[] sleutels = uniek.stream().map(d -> slotsleutel(d.medewerker(), d.datum())).distinct().sorted().toArray(Long[]::new);
        jdbc.query("SELECT pg_advisory_xact_lock(s.k) FROM (SELECT k FROM unnest(?::bigint[]) AS k ORDER BY k) s", rij -> {
        }, (Object) sleutels);
        Map<String, BigDecimal> vooruit = vooruitGelezen();
        uniek.forEach(d -> vooruit.put(dagsleutel(d.medewerker(), d.datum()), BigDecimal.ZERO));
        jdbc.query("SELECT u.medewerker, u.datum, SUM(u.uren) FROM urenregistratie u "
                        + "JOIN unnest(?::varchar[], ?::date[]) AS d(medewerker, datum) ON u.medewerker = d.medewerker AND u.datum = d.datum "
                        + "GROUP BY u.medewerker, u.datum",
                rij -> {
                    vooruit.put(dagsleutel(rij.getString(1), rij.getDate(2).toLocalDate()), rij.getBigDecimal(3));
                },
                uniek.stream().map(Dag::medewerker).toArray(String[]::new),
                uniek.stream().map(d -> d.datum().toString()).toArray(String[]::new));
    }

    private static Map<String, BigDecimal> vooruitGelezen() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(Urenboek.class.getName() + ":vooruit", sleutel -> new HashMap<String, BigDecimal>());
    }

    /**
     * Axon stores the events of the commands in one transaction when the whole commits; until then, the hours they
     * register are kept with the transaction's unit of work, so the next command in it counts them.
     */
    @Override
    public void reserveer(String medewerker, LocalDate datum, BigDecimal uren) {
        gereserveerd().merge(dagsleutel(medewerker, datum), uren, BigDecimal::add);
    }

    private static Map<String, BigDecimal> gereserveerd() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(Urenboek.class.getName(), sleutel -> new HashMap<String, BigDecimal>());
    }

    private static String dagsleutel(String medewerker, LocalDate datum) {
        return medewerker + "@" + datum;
    }

    @Override
    public Optional<Registratie> registratie(OpdrachtId opdracht, long versie) {
        return jdbc.query("SELECT datum, medewerker, uren FROM urenregistratie WHERE opdracht_id = ? AND versie = ?",
                (rij, n) -> new Registratie(rij.getDate(1).toLocalDate(), rij.getString(2), zoalsGeregistreerd(rij.getBigDecimal(3))),
                opdracht.waarde(), versie).stream().findFirst();
    }

    /** The hours as they were given (7.5, not the column's 7.50), so an event that names them reads the same everywhere. */
    private static BigDecimal zoalsGeregistreerd(BigDecimal uren) {
        BigDecimal kort = uren.stripTrailingZeros();
        return kort.scale() < 0 ? kort.setScale(0) : kort;
    }

    /** The same 64-bit lock key on every node: the first eight bytes of SHA-256 over medewerker and day. */
    static long slotsleutel(String medewerker, LocalDate datum) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("samenboek.uren:" + medewerker + "@" + datum).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
