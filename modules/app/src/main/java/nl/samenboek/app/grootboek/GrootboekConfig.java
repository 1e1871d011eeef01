package nl.samenboek.app.grootboek;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Clock;
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
    Grootboekimport grootboekimport(JdbcTemplate jdbc, PlatformTransactionManager transacties, EventStorageEngine opslag) {
        return new Grootboekimport(jdbc, new TransactionTemplate(transacties), opslag);
    }

    @Bean
    Medewerkerregister medewerkerregister(JdbcTemplate jdbc) {
        return new Medewerkerregister(jdbc);
    }

    @Bean
    PeriodiekeControlepunten periodiekeControlepunten(Controlepunten controlepunten, Gemeenten gemeenten) {
        return new PeriodiekeControlepunten(controlepunten, gemeenten);
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
