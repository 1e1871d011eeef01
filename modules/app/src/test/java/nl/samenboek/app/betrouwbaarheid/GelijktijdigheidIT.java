package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients acting on one opdracht at once: exactly the allowed outcomes, no lost update, versie strictly rising. */
class GelijktijdigheidIT extends IntegratieTest {

    private static final int KLANTEN = 20;

    @Test
    void vanTwintigGelijktijdigeAanvaardingenSlaagtEr1() throws Exception {
        String id = college("lisse").post("/opdrachten", aanvraag("Gelijktijdig aanvaarden", "lisse")).json().get("id").asText();
        List<Integer> statussen = tegelijk(KLANTEN, () -> directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status());
        assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statussen).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        assertThat(directie().get("/opdrachten/" + id).json().get("versie").asLong()).isEqualTo(2);
    }

    @Test
    void vanTwintigToezeggingenOpDezelfdeVersieSlaagtEr1() throws Exception {
        String id = aanvaard("Gelijktijdig toezeggen");
        List<Integer> statussen = tegelijk(KLANTEN, () -> directie().met("If-Match", "\"2\"")
                .post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 50)).status());
        assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statussen).filteredOn(s -> s != 200).allMatch(s -> s == 412 || s == 409);
        assertThat(directie().get("/opdrachten/" + id).json().get("versie").asLong()).isEqualTo(3);
    }

    @Test
    void twintigGelijktijdigeUrenregistratiesGaanAllemaalDoorZonderVerlies() throws Exception {
        uitgegeven(java.util.stream.IntStream.range(0, KLANTEN).mapToObj(i -> "mw-gelijk-" + i).toArray(String[]::new));
        String id = aanvaard("Gelijktijdig registreren");
        assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 500)).status()).isEqualTo(200);
        int[] nummer = {0};
        List<Klant.Antwoord> antwoorden = tegelijk(KLANTEN, () -> {
            int mijn;
            synchronized (nummer) {
                mijn = nummer[0]++;
            }
            return directie().post("/opdrachten/" + id + "/urenregistraties",
                    Map.of("datum", "2026-03-02", "uren", 2.5, "medewerker", "mw-gelijk-" + mijn));
        });
        assertThat(antwoorden).allMatch(a -> a.status() == 200);
        List<Long> versies = antwoorden.stream().map(a -> a.json().get("versie").asLong()).sorted().toList();
        assertThat(versies).doesNotHaveDuplicates().hasSize(KLANTEN);
        assertThat(versies.get(0)).isEqualTo(4);
        assertThat(versies.get(KLANTEN - 1)).isEqualTo(3 + KLANTEN);
        JsonNode opdracht = directie().get("/opdrachten/" + id).json();
        assertThat(opdracht.get("versie").asLong()).isEqualTo(3 + KLANTEN);
        assertThat(opdracht.at("/uren/besteed").decimalValue()).isEqualByComparingTo(String.valueOf(2.5 * KLANTEN));
        List<Long> inOrde = new ArrayList<>();
        directie().get("/opdrachten/" + id + "/gebeurtenissen?paginagrootte=100").json().at("/_embedded/gebeurtenissen")
                .forEach(g -> inOrde.add(g.get("versie").asLong()));
        for (int i = 1; i < inOrde.size(); i++) {
            assertThat(inOrde.get(i)).isEqualTo(inOrde.get(i - 1) + 1);
        }
    }

    @Test
    void eenMedewerkerKrijgtOokTegelijkOpTienOpdrachtenNooitMeerDanVierentwintigUurOpEenDag() throws Exception {
        uitgegeven("mw-een-dag");
        List<String> opdrachten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = aanvaard("Een mens heeft één dag " + i);
            assertThat(directie().post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", 2026, "uren", 100)).status()).isEqualTo(200);
            opdrachten.add(id);
        }
        int[] volgende = {0};
        List<Klant.Antwoord> antwoorden = tegelijk(opdrachten.size(), () -> {
            String id;
            synchronized (volgende) {
                id = opdrachten.get(volgende[0]++);
            }
            return directie().post("/opdrachten/" + id + "/urenregistraties",
                    Map.of("datum", "2026-03-03", "uren", 5, "medewerker", "mw-een-dag"));
        });
        assertThat(antwoorden).filteredOn(a -> a.status() == 200).as("4 × 5 uur past in 24 uur, een vijfde niet").hasSize(4);
        assertThat(antwoorden).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.ongeldigeVelden()).containsExactly("uren");
        });
        assertThat(jdbc.queryForObject("SELECT sum(uren) FROM urenregistratie WHERE medewerker = 'mw-een-dag' AND datum = '2026-03-03'",
                java.math.BigDecimal.class)).isEqualByComparingTo("20");
    }

    /**
     * Verification, export, time travel and PDFs go through a bulkhead (ZwareVerzoeken) and requests for the same head
     * share one verification (Verificatiecache): fifty auditors verifying at once leave the write path its connections.
     */
    @Test
    void vijftigGelijktijdigeVerificatiesLatenGeenSchrijfactieMislukken() throws Exception {
        List<String> gemeenten = List.of("hillegom", "lisse", "teylingen");
        ExecutorService schrijvers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> schrijfacties = new ArrayList<>();
        CountDownLatch verificatiesLopen = new CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            int nummer = i;
            schrijfacties.add(schrijvers.submit(() -> {
                verificatiesLopen.await();
                String gemeente = gemeenten.get(nummer % 3);
                return college(gemeente).post("/opdrachten", aanvraag("Schrijven tijdens verificaties " + nummer, gemeente)).status();
            }));
        }
        int[] teller = {0};
        List<Klant.Antwoord> verificaties = tegelijk(50, () -> {
            verificatiesLopen.countDown();
            int mijn;
            synchronized (teller) {
                mijn = teller[0]++;
            }
            return als("auditor").get("/audit/gemeenten/" + gemeenten.get(mijn % 3) + "/verificatie");
        });
        List<Integer> geschreven = new ArrayList<>();
        for (Future<Integer> schrijfactie : schrijfacties) {
            geschreven.add(schrijfactie.get());
        }
        schrijvers.shutdown();

        System.out.printf("50 verificaties tegelijk: %d × 200, %d × 503; 20 schrijfacties: %s%n",
                verificaties.stream().filter(a -> a.status() == 200).count(), verificaties.stream().filter(a -> a.status() == 503).count(),
                geschreven);
        assertThat(geschreven).as("elke schrijfactie tijdens de verificaties").allMatch(s -> s == 201);
        assertThat(verificaties).as("een verificatie slaagt, of wacht haar beurt af met 503 + Retry-After; nooit 500")
                .allMatch(a -> a.status() == 200 || (a.status() == 503 && a.kop("Retry-After") != null));
        assertThat(verificaties).filteredOn(a -> a.status() == 200).isNotEmpty()
                .allMatch(a -> a.json().get("geldig").asBoolean());
    }

    private String aanvaard(String titel) {
        String id = college("lisse").post("/opdrachten", aanvraag(titel, "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        return id;
    }

    private static <T> List<T> tegelijk(int aantal, Callable<T> handeling) throws Exception {
        ExecutorService klanten = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> uitkomsten = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            uitkomsten.add(klanten.submit(() -> {
                start.await();
                return handeling.call();
            }));
        }
        start.countDown();
        List<T> lijst = new ArrayList<>();
        for (Future<T> uitkomst : uitkomsten) {
            lijst.add(uitkomst.get());
        }
        klanten.shutdown();
        return lijst;
    }
}
