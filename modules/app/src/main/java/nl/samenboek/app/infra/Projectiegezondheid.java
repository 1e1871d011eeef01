package nl.samenboek.app.infra;

import nl.samenboek.projections.verwerking.Projectiestoringen;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The projections in {@code /actuator/health} (component {@code projecties}, docs/reliability.md): OUT_OF_SERVICE for
 * reads while a projection cannot apply its events or the read models lack an acknowledged write, naming which
 * projection fails, since when and why. Health shows no details to the public, so this goes in the status's
 * description, which it does show.
 */
@Component("projecties")
public class Projectiegezondheid implements HealthIndicator {

    private final Projectiewachter wachter;

    public Projectiegezondheid(Projectiewachter wachter) {
        this.wachter = wachter;
    }

    @Override
    public Health health() {
        Map<String, Projectiestoringen.Storing> storingen = wachter.storingen();
        if (!storingen.isEmpty()) {
            String beschrijving = storingen.entrySet().stream()
                    .map(e -> e.getKey() + " faalt sinds " + e.getValue().sinds() + " (" + e.getValue().pogingen() + " pogingen; "
                            + e.getValue().fout() + ")")
                    .collect(Collectors.joining("; "));
            return Health.status(new Status(Status.OUT_OF_SERVICE.getCode(), beschrijving)).build();
        }
        boolean leesbaar = wachter.leesbaar();
        Optional<java.time.Instant> achter = wachter.achterSinds();
        if (!leesbaar && achter.isPresent()) {
            return Health.status(new Status(Status.OUT_OF_SERVICE.getCode(),
                    "de leesmodellen missen sinds " + achter.get() + " een bevestigde schrijfactie en halen in")).build();
        }
        return Health.up().build();
    }
}
