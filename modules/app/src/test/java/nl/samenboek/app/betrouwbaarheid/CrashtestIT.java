package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test of docs/reliability.md: samenboek as a separate process; six clients send hundreds of POSTs, each with its own
 * Idempotency-Key; halfway the JVM and its embedded PostgreSQL are killed together (a power cut); after a restart on
 * the same data dir every client retries every request with its key. Nothing acknowledged may be lost, nothing doubled.
 */
class CrashtestIT {

    private static final int VERZOEKEN = 300;
    private static final int KLANTEN = 6;

    @Test
    void geenBevestigdVerzoekVerlorenEnGeenVerdubbeld(@TempDir Path map) throws Exception {
        Path data = map.resolve("data");
        Map<String, String> bevestigd = new ConcurrentHashMap<>();
        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            List<Klant> klanten = new ArrayList<>();
            for (int k = 0; k < KLANTEN; k++) {
                klanten.add(samenboek.als("college", List.of("hillegom", "lisse", "teylingen").get(k % 3)));
            }
            AtomicInteger volgende = new AtomicInteger();
            ExecutorService uitvoerders = Executors.newFixedThreadPool(KLANTEN);
            List<Future<?>> werk = new ArrayList<>();
            for (int k = 0; k < KLANTEN; k++) {
                werk.add(uitvoerders.submit(() -> {
                    for (int i = volgende.getAndIncrement(); i < VERZOEKEN; i = volgende.getAndIncrement()) {
                        String sleutel = "crash-" + i;
                        try {
                            // request i always comes from the same client with the same body, before and after the crash
                            Klant.Antwoord antwoord = klanten.get(i % KLANTEN).met("Idempotency-Key", sleutel)
                                    .post("/opdrachten", aanvraag(i, i % KLANTEN));
                            if (antwoord.status() == 201) {
                                bevestigd.put(sleutel, antwoord.tekst());
                            }
                        } catch (RuntimeException stroomuitval) {
                            return;
                        }
                    }
                }));
            }
            while (bevestigd.size() < VERZOEKEN / 2) {
                Thread.sleep(5);
            }
            samenboek.stroomuitval();
            uitvoerders.shutdown();
            assertThat(uitvoerders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        Map<String, String> voorDeCrash = Map.copyOf(bevestigd);
        assertThat(voorDeCrash.size()).isBetween(VERZOEKEN / 2, VERZOEKEN - 1);

        try (Applicatieproces samenboek = new Applicatieproces(data).start()) {
            ExecutorService uitvoerders = Executors.newFixedThreadPool(KLANTEN);
            List<Future<String>> opnieuw = new ArrayList<>();
            for (int i = 0; i < VERZOEKEN; i++) {
                int nummer = i;
                int klant = i % KLANTEN;
                Klant college = samenboek.als("college", List.of("hillegom", "lisse", "teylingen").get(klant % 3));
                opnieuw.add(uitvoerders.submit(() -> {
                    Klant.Antwoord antwoord = college.met("Idempotency-Key", "crash-" + nummer).post("/opdrachten", aanvraag(nummer, klant));
                    assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
                    return antwoord.tekst();
                }));
            }
            int verloren = 0;
            for (int i = 0; i < VERZOEKEN; i++) {
                String antwoord = opnieuw.get(i).get(2, TimeUnit.MINUTES);
                String eerder = voorDeCrash.get("crash-" + i);
                if (eerder != null && !eerder.equals(antwoord)) {
                    verloren++;
                }
            }
            uitvoerders.shutdown();
            Klant auditor = samenboek.als("auditor", null);
            long opdrachten = auditor.get("/opdrachten?paginagrootte=1").json().get("totaal").asLong();
            long inStore = eventsAangevraagd(auditor);
            System.out.printf("Crashtest: %d verzoeken, %d bevestigd voor de stroomuitval, %d verloren, %d opdrachten na herhaling%n",
                    VERZOEKEN, voorDeCrash.size(), verloren, opdrachten);
            assertThat(verloren).as("bevestigde antwoorden die veranderden of verdwenen").isZero();
            assertThat(opdrachten).as("opdrachten in het leesmodel: één per Idempotency-Key").isEqualTo(VERZOEKEN);
            assertThat(inStore).as("OpdrachtAangevraagd in het grootboek").isEqualTo(VERZOEKEN);
            for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
                JsonNode verificatie = auditor.get("/audit/gemeenten/" + gemeente + "/verificatie").json();
                assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isTrue();
            }
        }
    }

    /** Counts the aanvragen in the ledgers (each opdracht is of one gemeente here, so each appears in one ledger). */
    private static long eventsAangevraagd(Klant auditor) {
        long aantal = 0;
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            for (String regel : auditor.get("/audit/gemeenten/" + gemeente + "/export").tekst().split("\n")) {
                if (regel.contains("\"type\":\"OpdrachtAangevraagd\"")) {
                    aantal++;
                }
            }
        }
        return aantal;
    }

    private static Map<String, Object> aanvraag(int nummer, int klant) {
        String gemeente = List.of("hillegom", "lisse", "teylingen").get(klant % 3);
        return Map.of("titel", "Crashtest " + nummer, "omschrijving", "Verzoek " + nummer + " van klant " + klant,
                "gemeenten", List.of(gemeente), "categorie", "bedrijfsvoering", "soort", "standaard", "taakveld", "0.4",
                "team", "crash", "begrotingsjaar", 2026, "geraamdeUren", 1 + nummer % 40);
    }
}
