package nl.samenboek.projections.verwerking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AntwoordcacheTest {

    private final AtomicReference<Optional<String>> stand = new AtomicReference<>(Optional.of("opdrachten|12"));
    private final Antwoordcache cache = new Antwoordcache(stand::get);
    private final AtomicInteger berekeningen = new AtomicInteger();

    private String bereken() {
        return "antwoord " + berekeningen.incrementAndGet();
    }

    @Test
    void zolangDeProjectiesStilstaanWordtEenAntwoordHergebruikt() {
        assertThat(cache.geef("groeimodel", this::bereken)).isEqualTo("antwoord 1");
        assertThat(cache.geef("groeimodel", this::bereken)).isEqualTo("antwoord 1");
        assertThat(cache.geef("capaciteit", this::bereken)).as("een andere vraag").isEqualTo("antwoord 2");
    }

    @Test
    void zodraEenProjectieVerderIsWordtOpnieuwBerekend() {
        cache.geef("groeimodel", this::bereken);
        stand.set(Optional.of("opdrachten|13"));
        assertThat(cache.geef("groeimodel", this::bereken)).isEqualTo("antwoord 2");
    }

    @Test
    void zonderZichtOpAlleSegmentenWordtNietsBewaard() {
        stand.set(Optional.empty());
        cache.geef("groeimodel", this::bereken);
        assertThat(cache.geef("groeimodel", this::bereken)).isEqualTo("antwoord 2");
    }

    @Test
    void eenFoutWordtNietBewaard() {
        assertThatThrownBy(() -> cache.geef("pc", () -> {
            throw new IllegalStateException("mis");
        })).hasMessage("mis");
        assertThat(cache.geef("pc", this::bereken)).isEqualTo("antwoord 1");
    }

    @Test
    void gelijktijdigeVragersWachtenOpEenBerekening() throws Exception {
        CountDownLatch begonnen = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        ExecutorService vragers = Executors.newFixedThreadPool(8);
        try {
            Future<String> eerste = vragers.submit(() -> cache.geef("agenda", () -> {
                begonnen.countDown();
                try {
                    verder.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bereken();
            }));
            begonnen.await(10, TimeUnit.SECONDS);
            List<Future<String>> anderen = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                anderen.add(vragers.submit(() -> cache.geef("agenda", this::bereken)));
            }
            verder.countDown();
            assertThat(eerste.get(10, TimeUnit.SECONDS)).isEqualTo("antwoord 1");
            for (Future<String> ander : anderen) {
                assertThat(ander.get(10, TimeUnit.SECONDS)).isEqualTo("antwoord 1");
            }
            assertThat(berekeningen).hasValue(1);
        } finally {
            vragers.shutdownNow();
        }
    }
}
