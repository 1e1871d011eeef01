package nl.samenboek.app.grootboek;

import nl.samenboek.api.schrijven.IdempotentieOpslag;
import nl.samenboek.ledger.overdracht.Grootboekimport;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import nl.samenboek.ledger.medewerker.Medewerkerregister;
import nl.samenboek.app.infra.Instantiesleutels;
import nl.samenboek.ledger.controlepunt.Controlepunten;
import nl.samenboek.ledger.controlepunt.Ondertekenaar;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.sleutel.Pseudoniemen;
import nl.samenboek.ledger.uren.Urenboek;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.pcdocument.Grootboekkoppen;
import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The grootboek's reading side: verification and export, and the signed checkpoints, also made periodically. */
@Configuration
@EnableScheduling
public class GrootboekConfig {

    private static final Logger LOG = LoggerFactory.getLogger(GrootboekConfig.class);

    @Bean
    Grootboeklezer grootboeklezer(DataSource dataSource) {
        return new Grootboeklezer(dataSource);
    }

    /** The grootboek heads the P&C documents state as their provenance. */
    @Bean
    Grootboekkoppen grootboekkoppen(Grootboeklezer grootboek) {
        return new Grootboekkoppen() {
            @Override
            public Optional<Instant> laatsteTijdstip() {
                return grootboek.laatsteTijdstip();
            }

            @Override
            public Optional<Kop> kopOp(String gemeente, Instant bekendOp) {
                return grootboek.kopOp(gemeente, bekendOp).map(k -> new Kop(k.aantal(), k.hoofdHash(), DateTimeUtils.parseInstant(k.tijdstip())));
            }
        };
    }

    @Bean
    Ondertekenaar ondertekenaar(Instantiesleutels sleutels) {
        return new Ondertekenaar(sleutels.controlepunt());
    }

    /** The application's clock: for the checkpoints, and for "today" in the aggregates' command handlers (Axon injects it). */
    @Bean
    Clock klok() {
        return Clock.systemUTC();
    }

    /** Every registration of hours, for the 24-hour rule over all opdrachten and for corrections (Axon injects it). */
    @Bean
    Urenboek urenboek(JdbcTemplate jdbc) {
        return new Urenboek(jdbc);
    }

    /** Who acted, as the grootboek's door names them: a pseudoniem keyed by the instance's secret in PostgreSQL. */
    @Bean
    Pseudoniemen pseudoniemen(JdbcTemplate jdbc) {
        return Pseudoniemen.uit(jdbc);
    }

    @Bean
    Controlepunten controlepunten(JdbcTemplate jdbc, Grootboeklezer grootboek, Ondertekenaar ondertekenaar, Clock klok) {
        return new Controlepunten(jdbc, grootboek, ondertekenaar, klok);
    }

    @Bean
    Grootboekimport grootboekimport(JdbcTemplate jdbc, PlatformTransactionManager transacties, EventStorageEngine opslag,
                                    Medewerkerregister medewerkers) {
        return new Grootboekimport(jdbc, new TransactionTemplate(transacties), opslag, medewerkers);
    }

    @Bean
    Medewerkerregister medewerkerregister(JdbcTemplate jdbc) {
        return new Medewerkerregister(jdbc);
    }

    @Bean
    PeriodiekeControlepunten periodiekeControlepunten(Controlepunten controlepunten, Gemeenten gemeenten) {
        return new PeriodiekeControlepunten(controlepunten, gemeenten);
    }

    @Bean
    IdempotentieOpruiming idempotentieOpruiming(IdempotentieOpslag opslag,
                                                @Value("${samenboek.idempotentie.bewaartermijn:P7D}") Duration bewaartermijn) {
        if (bewaartermijn.compareTo(IdempotentieOpslag.MINIMALE_BEWAARTERMIJN) < 0) {
            throw new IllegalStateException("SAMENBOEK_IDEMPOTENTIE_BEWAARTERMIJN " + bewaartermijn + " is korter dan de "
                    + IdempotentieOpslag.MINIMALE_BEWAARTERMIJN + " die API.md belooft");
        }
        return new IdempotentieOpruiming(opslag, bewaartermijn);
    }

    /** Forgets Idempotency-Keys older than the retention (default 7 days, never under 24 hours), every hour. */
    static class IdempotentieOpruiming {

        private final IdempotentieOpslag opslag;
        private final Duration bewaartermijn;

        IdempotentieOpruiming(IdempotentieOpslag opslag, Duration bewaartermijn) {
            this.opslag = opslag;
            this.bewaartermijn = bewaartermijn;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
        void ruimOp() {
            try {
                int vergeten = opslag.ruimOp(bewaartermijn);
                if (vergeten > 0) {
                    LOG.info("{} Idempotency-Keys ouder dan {} vergeten", vergeten, bewaartermijn);
                }
            } catch (RuntimeException e) {
                LOG.warn("Idempotency-Keys niet opgeruimd: {}", e.toString());
            }
        }
    }

    /** Signs a checkpoint for every gemeente whose grootboek grew, every {@code samenboek.controlepunten.interval}. */
    static class PeriodiekeControlepunten {

        private final Controlepunten controlepunten;
        private final Gemeenten gemeenten;

        PeriodiekeControlepunten(Controlepunten controlepunten, Gemeenten gemeenten) {
            this.controlepunten = controlepunten;
            this.gemeenten = gemeenten;
        }

        @Scheduled(initialDelayString = "${samenboek.controlepunten.interval:PT1H}", fixedDelayString = "${samenboek.controlepunten.interval:PT1H}")
        void onderteken() {
            for (String gemeente : gemeenten.codes()) {
                try {
                    controlepunten.zorgVoorActueel(gemeente);
                } catch (RuntimeException e) {
                    LOG.warn("Geen periodiek controlepunt voor {}: {}", gemeente, e.toString());
                }
            }
        }
    }
}
