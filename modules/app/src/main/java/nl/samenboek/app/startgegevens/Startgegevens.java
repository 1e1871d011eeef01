package nl.samenboek.app.startgegevens;

import nl.samenboek.domain.aanbeveling.Uitvoeringsagenda;
import nl.samenboek.app.samenwerking.Samenwerkingsconfiguratie;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.aanbeveling.DeelAanbevelingIn;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.samenwerking.RichtSamenwerkingIn;
import nl.samenboek.messages.samenwerking.SamenwerkingId;
import nl.samenboek.messages.samenwerking.StelVerdeelsleutelVast;
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
 * The configuration of the samenwerking (gemeenten, verdeelsleutels; docs/samenwerking.md) and, when it follows it, the
 * 24 recommendations of the nota, loaded once, at first start, as events, so they are in every gemeente's grootboek like everything else. Later
 * changes go through the API, never through these files. Health is UP only once the seed data can be read back.
 */
@Component
public class Startgegevens implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(Startgegevens.class);

    private static final int AANTAL_AANBEVELINGEN = Uitvoeringsagenda.lees().aanbevelingen().size();

    private final CommandGateway commando;
    private final EventStore eventStore;
    private final Gemeenten gemeenten;
    private final Aanbevelingen aanbevelingen;
    private final Projectiewachter wachter;
    private final boolean laden;
    /** The configured samenwerking, read once; health waits for the uitvoeringsagenda A–X only when it follows one. */
    private final Samenwerkingsconfiguratie samenwerking;

    /**
     * @param laden {@code false} ({@code SAMENBOEK_STARTGEGEVENS=uit}) for an instance that will receive a gemeente's
     *              exported grootboek instead: import needs an empty event store, and the history it brings already
     *              holds the samenwerking and the recommendations
     */
    public Startgegevens(CommandGateway commando, EventStore eventStore, Gemeenten gemeenten, Aanbevelingen aanbevelingen,
                         Projectiewachter wachter,
                         @Value("${samenboek.samenwerking.bestand}") Resource bestand,
                         @Value("${samenboek.startgegevens:aan}") String laden) {
        this.commando = commando;
        this.eventStore = eventStore;
        this.gemeenten = gemeenten;
        this.aanbevelingen = aanbevelingen;
        this.wachter = wachter;
        this.laden = !"uit".equalsIgnoreCase(laden.strip());
        this.samenwerking = lees(bestand);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void laad() {
        if (!laden) {
            LOG.info("Startgegevens staan uit: deze instantie wacht op een import (POST /api/v1/beheer/importen).");
            return;
        }
        SamenwerkingId id = SamenwerkingId.van(samenwerking.id());
        if (eventStore.lastSequenceNumberFor(samenwerking.id()).isEmpty()) {
            LOG.info("Eerste start: samenwerking {} wordt ingericht met {} gemeenten.", samenwerking.naam(), samenwerking.gemeenten().size());
            commando.sendAndWait(new RichtSamenwerkingIn(id, samenwerking.gemeenten().stream().map(g -> new RichtSamenwerkingIn.Deelnemer(
                    g.code(), g.naam(), g.toegetredenOp(), g.inwoners())).toList(), samenwerking.verdeelsleutels().get(0)));
        }
        // a later key of the configuration; setting a key that is already there records nothing
        for (Verdeelsleutel sleutel : samenwerking.verdeelsleutels().subList(1, samenwerking.verdeelsleutels().size())) {
            commando.sendAndWait(new StelVerdeelsleutelVast(id, sleutel.ingangsdatum(), sleutel.aandelen()));
        }
        if (!samenwerking.heeftUitvoeringsagenda()) {
            wachter.wachtTotBijgewerkt(Duration.ofMinutes(5));
            return;
        }
        List<String> codes = samenwerking.gemeenten().stream().map(Samenwerkingsconfiguratie.Deelnemer::code).toList();
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
        boolean geladen;
        try {
            geladen = !gemeenten.lijst(nu).isEmpty() && gemeenten.verdeelsleutel(nu).isPresent()
                    && (!samenwerking.heeftUitvoeringsagenda() || aanbevelingen.aantal() >= AANTAL_AANBEVELINGEN);
        } catch (RuntimeException onleesbaar) {
            // the read models' store is away: not readable, so not ready — health answers DOWN, not an error
            return Health.down().build();
        }
        if (!geladen && !laden) {
            return Health.up().withDetail("startgegevens", "uit: de instantie wacht op een import").build();
        }
        return geladen ? Health.up().build()
                : Health.outOfService().withDetail("reden", "de startgegevens zijn nog niet geladen").build();
    }

    static Samenwerkingsconfiguratie lees(Resource bestand) {
        try (InputStream in = bestand.getInputStream()) {
            return Samenwerkingsconfiguratie.lees(in, bestand.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("het samenwerkingsbestand " + bestand + " kon niet worden gelezen", e);
        }
    }
}
