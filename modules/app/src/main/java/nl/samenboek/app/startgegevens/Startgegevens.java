package nl.samenboek.app.startgegevens;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.domain.aanbeveling.Uitvoeringsagenda;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.DeelAanbevelingIn;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.samenwerking.RichtSamenwerkingIn;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * The configuration of the samenwerking (gemeenten, first verdeelsleutel) and the 24 recommendations of the nota,
 * loaded once, at first start, as events, so they are in every gemeente's grootboek like everything else. Later
 * changes go through the API, never through these files. Health is UP only once the seed data can be read back.
 */
@Component
public class Startgegevens implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(Startgegevens.class);

    record Samenwerkingsbestand(String id, String naam, String toelichting, List<RichtSamenwerkingIn.Deelnemer> gemeenten,
                                Verdeelsleutel verdeelsleutel) {
    }

    private static final int AANTAL_AANBEVELINGEN = Uitvoeringsagenda.lees().aanbevelingen().size();

    private final CommandGateway commando;
    private final EventStore eventStore;
    private final Gemeenten gemeenten;
    private final Aanbevelingen aanbevelingen;
    private final Projectiewachter wachter;
    private final Resource bestand;
    private final boolean laden;

    /**
     * @param laden {@code false} ({@code SAMENBOEK_STARTGEGEVENS=uit}) for an instance that will receive a gemeente's
     *              exported grootboek instead: import needs an empty event store, and the history it brings already
     *              holds the samenwerking and the recommendations
     */
    public Startgegevens(CommandGateway commando, EventStore eventStore, Gemeenten gemeenten, Aanbevelingen aanbevelingen,
                         Projectiewachter wachter,
                         @Value("${samenboek.samenwerking.bestand:classpath:samenboek/samenwerking.json}") Resource bestand,
                         @Value("${samenboek.startgegevens:aan}") String laden) {
        this.commando = commando;
        this.eventStore = eventStore;
        this.gemeenten = gemeenten;
        this.aanbevelingen = aanbevelingen;
        this.wachter = wachter;
        this.bestand = bestand;
        this.laden = !"uit".equalsIgnoreCase(laden.strip());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void laad() {
        if (!laden) {
            LOG.info("Startgegevens staan uit: deze instantie wacht op een import (POST /api/v1/beheer/importen).");
            return;
        }
        Samenwerkingsbestand samenwerking = lees(bestand);
        if (eventStore.lastSequenceNumberFor(samenwerking.id()).isEmpty()) {
            LOG.info("Eerste start: samenwerking {} wordt ingericht met {} gemeenten.", samenwerking.naam(), samenwerking.gemeenten().size());
            commando.sendAndWait(new RichtSamenwerkingIn(SamenwerkingId.van(samenwerking.id()), samenwerking.gemeenten(), samenwerking.verdeelsleutel()));
        }
        List<String> codes = samenwerking.gemeenten().stream().map(RichtSamenwerkingIn.Deelnemer::code).toList();
        for (StelAanbevelingVast aanbeveling : Uitvoeringsagenda.vaststellingen(codes)) {
            if (eventStore.lastSequenceNumberFor(aanbeveling.aanbevelingId().waarde()).isEmpty()) {
                commando.sendAndWait(aanbeveling);
            }
        }
        // how each recommendation is followed (its stappen, per gemeente or not); also for an instance seeded before that
        // was recorded, and once only: a recommendation already ingedeeld stays as it is
        for (DeelAanbevelingIn indeling : Uitvoeringsagenda.indelingen()) {
            commando.sendAndWait(indeling);
        }
        wachter.wachtTotBijgewerkt(Duration.ofMinutes(5));
    }

    @Override
    public Health health() {
        Peilmoment nu = Peilmoment.nu();
        boolean geladen = !gemeenten.lijst(nu).isEmpty() && gemeenten.verdeelsleutel(nu).isPresent()
                && aanbevelingen.aantal() >= AANTAL_AANBEVELINGEN;
        if (!geladen && !laden) {
            return Health.up().withDetail("startgegevens", "uit: de instantie wacht op een import").build();
        }
        return geladen ? Health.up().build()
                : Health.outOfService().withDetail("reden", "de startgegevens zijn nog niet geladen").build();
    }

    static Samenwerkingsbestand lees(Resource bestand) {
        ObjectMapper json = GebeurtenisJson.mapper();
        try (InputStream in = bestand.getInputStream()) {
            return json.readValue(in, Samenwerkingsbestand.class);
        } catch (IOException e) {
            throw new UncheckedIOException("het samenwerkingsbestand " + bestand + " kon niet worden gelezen", e);
        }
    }
}
