package nl.samenboek.api.schrijven;

import nl.samenboek.api.beveiliging.Gebruiker;
import nl.samenboek.ledger.grootboek.Gebeurtenisvorm;
import nl.samenboek.ledger.sleutel.Pseudoniemen;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The one way the API writes: sends a command, honours the Idempotency-Key, and answers only once the read models
 * show the change (read your writes, docs/architecture.md).
 */
@Component
public class Schrijfpad {

    private static final Logger LOG = LoggerFactory.getLogger(Schrijfpad.class);
    static final int POGINGEN = 5;
    /** The unique (aggregate_identifier, sequence_number) of the event store (V1__event_store_en_grootboek.sql). */
    private static final String GEBEURTENISSLEUTEL = "domain_event_entry_aggregate_identifier_sequence_number_key";

    /** Response header of a write that answered before the read models had it (API.md, read your writes). */
    public static final String LEESMODEL = "Samenboek-Leesmodel";
    public static final String ACHTER = "achter";

    /** How long a write waits for the read models while a projection is failing. */
    static final Duration BIJ_STORING = Duration.ofMillis(500);

    private final AtomicLong idempotentieTreffers = new AtomicLong();

    private final CommandGateway commando;
    private final IdempotentieOpslag idempotentie;
    private final Projectiewachter wachter;
    private final Duration maximaalWachten;
    private final Pseudoniemen pseudoniemen;

    private final TransactionTemplate transactie;

    public Schrijfpad(CommandGateway commando, IdempotentieOpslag idempotentie, Projectiewachter wachter,
                      PlatformTransactionManager transacties, Pseudoniemen pseudoniemen,
                      @Value("${samenboek.lees-je-schrijven.maximaal:PT10S}") Duration maximaalWachten) {
        this.pseudoniemen = pseudoniemen;
        this.commando = commando;
        this.idempotentie = idempotentie;
        this.wachter = wachter;
        this.transactie = new TransactionTemplate(transacties);
        this.maximaalWachten = maximaalWachten;
    }

    /**
     * @param sleutel the request's Idempotency-Key, or null
     * @param door    the caller: its {@link Gebruiker#auditcontext()} and its {@link Gebruiker#door door} (rol, gemeente,
     *                pseudoniem) go with the command, and the door with every event it leads to; never personal data
     */
    public <R> R voerUit(Object opdracht, Idempotentie sleutel, Gebruiker door, Class<R> resultaattype) {
        if (sleutel != null) {
            Optional<R> eerder = eerder(sleutel, resultaattype);
            if (eerder.isPresent()) {
                return eerder.get();
            }
        }
        Map<String, Object> metadata = new HashMap<>(door.auditcontext());
        metadata.put(Gebeurtenisvorm.DOOR, door.door(pseudoniemen));
        if (sleutel != null) {
            metadata.put(IdempotentieInterceptor.SLEUTEL, sleutel.sleutel());
            metadata.put(IdempotentieInterceptor.VERZOEK_HASH, sleutel.verzoekHash());
        }
        for (int poging = 1; ; poging++) {
            try {
                Object resultaat = commando.sendAndWait(GenericCommandMessage.asCommandMessage(opdracht).andMetaData(MetaData.from(metadata)));
                wachtOpLeesmodellen();
                return resultaattype.cast(resultaat);
            } catch (RuntimeException fout) {
                if (sleutel != null) {
                    // A concurrent request with the same key may have committed first; its answer is the answer.
                    Optional<R> alsnog = eerder(sleutel, resultaattype);
                    if (alsnog.isPresent()) {
                        return alsnog.get();
                    }
                }
                if (gelijktijdigToegevoegd(fout)) {
                    nogEensOfVerouderd(poging);
                    continue;
                }
                throw oorzaak(fout);
            }
        }
    }

    /**
     * Another node appended to the same aggregate between this command's load and its commit (optimistic concurrency
     * on the event store: the second insert of a sequence number fails, and the whole transaction with it). Within one
     * node Axon's aggregate lock serialises such commands; across nodes the command is simply run again on the new
     * state, which checks its rules (and an If-Match versie) anew. After {@value #POGINGEN} tries: 412, nothing stored.
     */
    private static void nogEensOfVerouderd(int poging) {
        if (poging >= POGINGEN) {
            // answered as any conflicting version: 412 verouderde-versie (Probleemafhandeling)
            throw new ConflictingAggregateVersionException("(gelijktijdig op een andere node)", -1, -1);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(5, 20L * poging)));
    }

    /** Whether the cause is a sequence number of an aggregate that another transaction inserted first. */
    static boolean gelijktijdigToegevoegd(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (oorzaak instanceof ConcurrencyException) {
                return true;
            }
            if (oorzaak instanceof SQLException sql) {
                for (SQLException volgende = sql; volgende != null; volgende = volgende.getNextException()) {
                    if ("23505".equals(volgende.getSQLState()) && String.valueOf(volgende.getMessage()).contains(GEBEURTENISSLEUTEL)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A write outside the event store (the medewerker register) under the same Idempotency-Key rules: the write and its
     * key in one transaction. The answer stored is what {@code schrijf} returns, so it must hold no personal data.
     */
    public <R> R eenmalig(Idempotentie sleutel, Supplier<R> schrijf, Class<R> resultaattype) {
        if (sleutel == null) {
            return schrijf.get();
        }
        Optional<R> eerder = eerder(sleutel, resultaattype);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        try {
            return transactie.execute(status -> {
                R resultaat = schrijf.get();
                idempotentie.bewaar(sleutel.sleutel(), sleutel.verzoekHash(), resultaat);
                return resultaat;
            });
        } catch (DuplicateKeyException gelijktijdig) {
            return eerder(sleutel, resultaattype).orElseThrow(() -> gelijktijdig);
        }
    }

    /**
     * Several commands as one write, all or nothing (a timesheet): each runs as a command of its own, all in one
     * transaction, so a later one sees what an earlier one wrote (the 24-hour rule over the day's registrations) and
     * the Idempotency-Key is stored with them. If any is refused, nothing is stored and every refusal is reported, by
     * its position in the list.
     *
     * @param antwoord the answer, made from the results in the order of the commands; it must hold no personal data
     */
    public <R> R voerAllesOfNietsUit(List<Object> opdrachten, Idempotentie sleutel, Gebruiker door,
                                     Function<List<Object>, R> antwoord, Class<R> resultaattype) {
        return voerAllesOfNietsUit(opdrachten, () -> { }, sleutel, door, antwoord, resultaattype);
    }

    /**
     * @param voorbereiding runs in the transaction and its unit of work before the first command: what the commands
     *                      will each ask, read for all of them at once (a timesheet's days, Urenboek#leesVooruit)
     */
    public <R> R voerAllesOfNietsUit(List<Object> opdrachten, Runnable voorbereiding, Idempotentie sleutel, Gebruiker door,
                                     Function<List<Object>, R> antwoord, Class<R> resultaattype) {
        if (sleutel != null) {
            Optional<R> eerder = eerder(sleutel, resultaattype);
            if (eerder.isPresent()) {
                return eerder.get();
            }
        }
        MetaData metadata = MetaData.from(Map.of(Gebeurtenisvorm.DOOR, door.door(pseudoniemen))).mergedWith(door.auditcontext());
        for (int poging = 1; ; poging++) {
            try {
                return allesOfNiets(opdrachten, voorbereiding, sleutel, metadata, antwoord);
            } catch (DuplicateKeyException gelijktijdig) {
                if (sleutel == null) {
                    throw gelijktijdig;
                }
                return eerder(sleutel, resultaattype).orElseThrow(() -> gelijktijdig);
            } catch (Weigeringen weigeringen) {
                throw weigeringen;
            } catch (RuntimeException fout) {
                if (!gelijktijdigToegevoegd(fout)) {
                    throw fout;
                }
                if (sleutel != null) {
                    Optional<R> alsnog = eerder(sleutel, resultaattype);
                    if (alsnog.isPresent()) {
                        return alsnog.get();
                    }
                }
                nogEensOfVerouderd(poging);
            }
        }
    }

    private <R> R allesOfNiets(List<Object> opdrachten, Runnable voorbereiding, Idempotentie sleutel, MetaData metadata,
                               Function<List<Object>, R> antwoord) {
        R resultaat = transactie.execute(status -> {
            UnitOfWork<?> geheel = DefaultUnitOfWork.startAndGet(null);
            List<Object> resultaten = new ArrayList<>();
            Map<Integer, RuntimeException> weigeringen = new TreeMap<>();
            try {
                voorbereiding.run();
                for (int i = 0; i < opdrachten.size(); i++) {
                    try {
                        resultaten.add(commando.sendAndWait(GenericCommandMessage.asCommandMessage(opdrachten.get(i)).andMetaData(metadata)));
                    } catch (RuntimeException fout) {
                        weigeringen.put(i, oorzaak(fout));
                        resultaten.add(null);
                    }
                }
            } catch (RuntimeException onverwacht) {
                geheel.rollback(onverwacht);
                throw onverwacht;
            }
            if (!weigeringen.isEmpty()) {
                geheel.rollback();
                status.setRollbackOnly();
                throw new Weigeringen(weigeringen);
            }
            geheel.commit();
            R uitkomst = antwoord.apply(resultaten);
            if (sleutel != null) {
                idempotentie.bewaar(sleutel.sleutel(), sleutel.verzoekHash(), uitkomst);
            }
            return uitkomst;
        });
        wachtOpLeesmodellen();
        return resultaat;
    }

    /** The refusals of a write of several commands, by the position of each refused command; nothing was stored. */
    public static final class Weigeringen extends RuntimeException {

        private final Map<Integer, RuntimeException> perOpdracht;

        Weigeringen(Map<Integer, RuntimeException> perOpdracht) {
            super(perOpdracht.size() + " van de opdrachten geweigerd");
            this.perOpdracht = Map.copyOf(perOpdracht);
        }

        public Map<Integer, RuntimeException> perOpdracht() {
            return new TreeMap<>(perOpdracht);
        }
    }

    private <R> Optional<R> eerder(Idempotentie sleutel, Class<R> resultaattype) {
        return idempotentie.zoek(sleutel.sleutel()).map(opgeslagen -> {
            if (!opgeslagen.verzoekHash().equals(sleutel.verzoekHash())) {
                throw new IdempotentieConflict();
            }
            idempotentieTreffers.incrementAndGet();
            wachtOpLeesmodellen();
            return resultaattype.cast(opgeslagen.resultaat());
        });
    }

    /**
     * Read your writes (API.md): waits until the read models show the write. When they cannot take it in time — a
     * projection is failing, say MongoDB is away, and then the wait is short — the write is stored all the same, so it
     * answers, with {@code Samenboek-Leesmodel: achter}; the wachter then makes reads answer 503 until the read models
     * have caught up with it.
     */
    private void wachtOpLeesmodellen() {
        Duration wacht = wachter.isGestoord() && BIJ_STORING.compareTo(maximaalWachten) < 0 ? BIJ_STORING : maximaalWachten;
        if (!wachter.wachtTotBijgewerkt(wacht)) {
            LOG.warn("De leesmodellen liepen na {} nog achter; het antwoord gaat toch uit, de schrijfactie is vastgelegd.", wacht);
            RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
            if (verzoek instanceof ServletRequestAttributes servlet && servlet.getResponse() != null) {
                servlet.getResponse().setHeader(LEESMODEL, ACHTER);
            }
        }
    }

    /** How many requests were answered from their Idempotency-Key (metrics). */
    public long idempotentieTreffers() {
        return idempotentieTreffers.get();
    }

    /** Axon may wrap what a handler threw; the API answers on what the domain meant. */
    private static RuntimeException oorzaak(RuntimeException fout) {
        Throwable oorzaak = fout;
        while (oorzaak instanceof CommandExecutionException && oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        return oorzaak instanceof RuntimeException runtime ? runtime : fout;
    }
}
