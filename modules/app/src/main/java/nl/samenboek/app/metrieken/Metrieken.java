package nl.samenboek.app.metrieken;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * samenboek's own metrics on {@code /actuator/prometheus} (docs/operations.md, "Metrieken en alarmen"), beside what
 * Spring Boot measures itself ({@code http_server_requests_seconds} by uri template and status: the 4xx and 5xx per
 * endpoint; JVM, Hikari):
 * <ul>
 *     <li>{@code samenboek_commando_seconds{type, uitkomst}} — every command's latency, by command type and outcome
 *     ({@code geslaagd}, {@code geweigerd} by a domain rule or a concurrent writer, {@code fout});</li>
 *     <li>{@code samenboek_projectie_lag{projectie}} — events in the event store the projection has not processed;</li>
 *     <li>{@code samenboek_projectie_storing{projectie}} — 1 while the projection cannot apply its events;</li>
 *     <li>{@code samenboek_leesmodellen_achter} — 1 while reads answer 503 because an acknowledged write is not yet in
 *     the read models;</li>
 *     <li>{@code samenboek_grootboek_hoofd{gemeente}} — the volgnummer of each gemeente's ledger head;</li>
 *     <li>{@code samenboek_idempotentie_treffers_total} — requests answered from their Idempotency-Key.</li>
 * </ul>
 * The gauges that ask PostgreSQL are computed at most once a second, whatever the number of scrapes.
 */
@Component
public class Metrieken {

    private static final String HOOFDEN = """
            WITH RECURSIVE g(gemeente) AS (
                SELECT min(gemeente) FROM grootboek
                UNION ALL
                SELECT (SELECT min(gemeente) FROM grootboek WHERE gemeente > g.gemeente) FROM g WHERE g.gemeente IS NOT NULL)
            SELECT gemeente, (SELECT max(volgnummer) FROM grootboek x WHERE x.gemeente = g.gemeente) FROM g
            WHERE gemeente IS NOT NULL""";

    private final MeterRegistry register;
    private final Projectiewachter wachter;
    private final JdbcTemplate jdbc;
    private final Kortbewaard<Map<String, Long>> achterstanden;
    private final Kortbewaard<Map<String, Long>> hoofden;
    private final java.util.Set<String> geregistreerdeGemeenten = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Metrieken(MeterRegistry register, Projectiewachter wachter, JdbcTemplate jdbc, Schrijfpad schrijfpad, CommandBus commandos) {
        this.register = register;
        this.wachter = wachter;
        this.jdbc = jdbc;
        this.achterstanden = new Kortbewaard<>(wachter::achterstanden);
        this.hoofden = new Kortbewaard<>(this::leesHoofden);
        FunctionCounter.builder("samenboek.idempotentie.treffers", schrijfpad, Schrijfpad::idempotentieTreffers)
                .description("Verzoeken beantwoord met het opgeslagen antwoord van hun Idempotency-Key")
                .register(register);
        Gauge.builder("samenboek.leesmodellen.achter", wachter, w -> w.achterSinds().isPresent() ? 1 : 0)
                .description("1 zolang lezen 503 geeft omdat een bevestigde schrijfactie nog niet in de leesmodellen staat")
                .register(register);
        commandos.registerHandlerInterceptor(commandometer());
    }

    /**
     * Per projection once the application runs, when Axon's processors exist; per gemeente also after each command
     * whose gemeente had no chain yet.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void registreer() {
        for (var projectie : wachter.projecties()) {
            String naam = projectie.getName();
            Gauge.builder("samenboek.projectie.lag", () -> achterstanden.geef().getOrDefault(naam, 0L))
                    .description("Gebeurtenissen in de event store die de projectie nog niet verwerkte")
                    .tag("projectie", naam).register(register);
            Gauge.builder("samenboek.projectie.storing", () -> wachter.storingen().containsKey(naam) ? 1 : 0)
                    .description("1 zolang de projectie haar gebeurtenissen niet kan verwerken")
                    .tag("projectie", naam).register(register);
        }
        registreerHoofden();
    }

    /** A gauge for each gemeente the ledger has, registered as soon as its chain exists (seed data comes after start). */
    private void registreerHoofden() {
        for (String gemeente : hoofden.geef().keySet()) {
            if (!geregistreerdeGemeenten.add(gemeente)) {
                continue;
            }
            Gauge.builder("samenboek.grootboek.hoofd", () -> hoofden.geef().getOrDefault(gemeente, 0L))
                    .description("Volgnummer van de kop van het grootboek van de gemeente")
                    .tag("gemeente", gemeente).register(register);
        }
    }

    private Map<String, Long> leesHoofden() {
        Map<String, Long> hoofden = new TreeMap<>();
        jdbc.query(HOOFDEN, rij -> {
            hoofden.put(rij.getString(1), rij.getLong(2));
        });
        return hoofden;
    }

    /** Times every command from its handler to the end of its unit of work (commit included), by type and outcome. */
    private MessageHandlerInterceptor<CommandMessage<?>> commandometer() {
        return (eenheid, keten) -> {
            long begin = System.nanoTime();
            String type = eenheid.getMessage().getPayloadType().getSimpleName();
            eenheid.onCleanup(u -> {
                String uitkomst = "geslaagd";
                if (u.isRolledBack() || (u.getExecutionResult() != null && u.getExecutionResult().isExceptionResult())) {
                    Throwable fout = u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult();
                    uitkomst = isWeigering(fout) ? "geweigerd" : "fout";
                }
                if (!u.isRolledBack()) {
                    try {
                        registreerHoofden(); // at most one query a second (Kortbewaard)
                    } catch (RuntimeException databaseWeg) {
                        // the gauges follow at the next command
                    }
                }
                Timer.builder("samenboek.commando").description("Verwerkingstijd van commando's, per type en uitkomst")
                        .tag("type", type).tag("uitkomst", uitkomst)
                        .register(register).record(System.nanoTime() - begin, TimeUnit.NANOSECONDS);
            });
            return keten.proceed();
        };
    }

    private static boolean isWeigering(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("nl.samenboek.messages.fout.") || t instanceof ConflictingAggregateVersionException
                    || t instanceof AggregateNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** A value computed at most once a second. */
    private static final class Kortbewaard<T> {

        private static final long GELDIG = Duration.ofSeconds(1).toNanos();

        private final Supplier<T> bron;
        private volatile T waarde;
        private volatile long berekend;

        Kortbewaard(Supplier<T> bron) {
            this.bron = bron;
        }

        synchronized T geef() {
            long nu = System.nanoTime();
            if (waarde == null || nu - berekend > GELDIG) {
                waarde = bron.get();
                berekend = nu;
            }
            return waarde;
        }
    }
}
