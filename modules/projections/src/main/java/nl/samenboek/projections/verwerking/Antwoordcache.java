package nl.samenboek.projections.verwerking;

import nl.samenboek.messages.Peilmoment;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Current answers that are costly to compute (groeimodel, capaciteit, uitvoeringsagenda, P&C documents), kept while
 * the read models they come from stand still. An answer is a function of the projections' positions, the question and
 * today's date (deadlines pass at midnight), so it is reused exactly as long as none of those changed: the first
 * event any projection processes makes every kept answer stale. Concurrent askers of the same question wait for one
 * computation. Only for answers about now; answers about the past are computed from the event store every time.
 */
@Component
public class Antwoordcache {

    private static final int MAXIMUM = 512;

    private record Ingang(String versie, CompletableFuture<Object> antwoord) {
    }

    private final Supplier<Optional<String>> standVanDeProjecties;
    private final ConcurrentHashMap<Object, Ingang> ingangen = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public Antwoordcache(Projectiewachter wachter) {
        this(wachter::stand);
    }

    Antwoordcache(Supplier<Optional<String>> standVanDeProjecties) {
        this.standVanDeProjecties = standVanDeProjecties;
    }

    @SuppressWarnings("unchecked")
    public <T> T geef(Object vraag, Supplier<T> bereken) {
        Optional<String> stand = standVanDeProjecties.get();
        if (stand.isEmpty()) {
            return bereken.get();
        }
        String versie = LocalDate.now(Peilmoment.ZONE) + "/" + stand.get();
        Ingang nieuw = new Ingang(versie, new CompletableFuture<>());
        Ingang geldend = ingangen.compute(vraag, (k, oud) -> oud != null && oud.versie().equals(versie) ? oud : nieuw);
        if (geldend != nieuw) {
            try {
                return (T) geldend.antwoord().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (ingangen.size() > MAXIMUM) {
            ingangen.entrySet().removeIf(e -> !e.getValue().versie().equals(versie));
        }
        try {
            T antwoord = bereken.get();
            nieuw.antwoord().complete(antwoord);
            return antwoord;
        } catch (RuntimeException e) {
            ingangen.remove(vraag, nieuw);
            nieuw.antwoord().completeExceptionally(e);
            throw e;
        }
    }
}
