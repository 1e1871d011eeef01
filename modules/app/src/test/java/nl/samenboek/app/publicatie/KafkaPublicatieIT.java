package nl.samenboek.app.publicatie;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event reaches a real (embedded KRaft) Kafka broker as a structured CloudEvent, once per gemeente it concerns
 * and keyed by that gemeente; a gemeente's records, read back in order, are exactly its exported grootboek.
 */
class KafkaPublicatieIT extends IntegratieTest {

    @Value("${samenboek.kafka.servers}")
    String servers;

    @Value("${samenboek.kafka.topic}")
    String topic;

    @Autowired
    MeterRegistry metrieken;

    @Autowired
    EventProcessingConfiguration verwerkers;

    /**
     * While the publication stands still, the events written meanwhile are its lag, in the health component
     * {@code publicatie} and in the gauge {@code samenboek.publicatie.lag}; once it runs again both return to zero.
     */
    @Test
    void deAchterstandStaatInDeGezondheidEnAlsMetriekEnLooptTerugNaarNul() throws Exception {
        TrackingEventProcessor publicatie = verwerkers.eventProcessor(Grootboekpublicatie.VERWERKER, TrackingEventProcessor.class).orElseThrow();
        publicatie.shutDown();
        try {
            for (int i = 0; i < 3; i++) {
                college("teylingen").post("/opdrachten", aanvraag("Terwijl de publicatie stilstaat " + i, "teylingen"));
            }
            JsonNode component = gezondheid().at("/components/publicatie");
            assertThat(component.get("status").asText()).as(component.toString()).isEqualTo("UP");
            assertThat(component.at("/details/lag").asLong()).as(component.toString()).isGreaterThanOrEqualTo(3);
            assertThat(metrieken.get(Publicatieachterstand.METRIEK).gauge().value()).isGreaterThanOrEqualTo(3);
        } finally {
            publicatie.start();
        }
        long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (gezondheid().at("/components/publicatie/details/lag").asLong(-1) != 0) {
            assertThat(System.nanoTime()).as("de publicatie haalde de kop niet in binnen twee minuten").isLessThan(tot);
            Thread.sleep(100);
        }
        assertThat(metrieken.get(Publicatieachterstand.METRIEK).gauge().value()).isZero();
    }

    /** The public sees the component's status only; the details (lag) need a token. */
    @Test
    void deAchterstandIsAlleenMetEenTokenTeZien() {
        JsonNode publiek = new Klant("http://localhost:" + poort, null).get("/actuator/health").json().at("/components/publicatie");
        assertThat(publiek.get("status").asText()).isEqualTo("UP");
        assertThat(publiek.has("details")).as(publiek.toString()).isFalse();
        assertThat(gezondheid().at("/components/publicatie/details/lag").isNumber()).isTrue();
    }

    private JsonNode gezondheid() {
        return new Klant("http://localhost:" + poort, token("beheerder", null)).get("/actuator/health").json();
    }

    @Test
    void eenGezamenlijkeAanvraagKomtOnderElkeBetrokkenGemeenteOpKafka() throws Exception {
        JsonNode opdracht = college("lisse").post("/opdrachten", aanvraag("Gezamenlijk via Kafka", "lisse", "teylingen")).json();
        String id = opdracht.get("id").asText();

        Map<String, List<ConsumerRecord<String, String>>> perGemeente = lees(records -> records.stream()
                .filter(r -> r.key().equals("teylingen")).anyMatch(r -> onderwerp(r).equals(id)));

        for (String gemeente : List.of("lisse", "teylingen")) {
            ConsumerRecord<String, String> record = perGemeente.get(gemeente).stream().filter(r -> onderwerp(r).equals(id))
                    .findFirst().orElseThrow();
            JsonNode ce = Klant.JSON.readTree(record.value());
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
            assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
            assertThat(ce.get("type").asText()).isEqualTo("nl.samenboek.gebeurtenis.OpdrachtAangevraagd");
            assertThat(ce.get("source").asText()).isEqualTo("/samenboek/gemeenten/" + gemeente + "/grootboek");
            assertThat(ce.get("gemeente").asText()).isEqualTo(gemeente);
            assertThat(ce.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(ce.at("/data/gemeente").asText()).isEqualTo(gemeente);
            assertThat(ce.at("/data/gebeurtenis/id").asText()).isEqualTo(ce.get("id").asText());
            assertThat(ce.get("volgnummer").asLong()).isEqualTo(ce.at("/data/volgnummer").asLong());
        }
        assertThat(perGemeente.getOrDefault("hillegom", List.of())).noneMatch(r -> onderwerp(r).equals(id));
    }

    @Test
    void deRecordsVanEenGemeenteZijnInVolgordeHaarGeexporteerdeGrootboek() throws Exception {
        for (int i = 0; i < 3; i++) {
            college("hillegom").post("/opdrachten", aanvraag("Voor het archief " + i, "hillegom"));
        }
        List<JsonNode> export = new ArrayList<>();
        for (String regel : als("auditor").get("/audit/gemeenten/hillegom/export").tekst().split("\n")) {
            export.add(Klant.JSON.readTree(regel));
        }
        long kop = export.get(export.size() - 1).get("volgnummer").asLong();

        List<ConsumerRecord<String, String>> hillegom = lees(records -> records.stream()
                .anyMatch(r -> r.key().equals("hillegom") && volgnummer(r) >= kop)).get("hillegom");

        List<JsonNode> gepubliceerd = new ArrayList<>();
        for (ConsumerRecord<String, String> record : hillegom) {
            JsonNode regel = Klant.JSON.readTree(record.value()).get("data");
            if (regel.get("volgnummer").asLong() <= kop) {
                gepubliceerd.add(regel);
            }
        }
        assertThat(gepubliceerd.stream().map(d -> d.get("volgnummer").asLong()).toList())
                .as("in volgorde, zonder gaten of herhaling").isEqualTo(export.stream().map(r -> r.get("volgnummer").asLong()).toList());
        assertThat(gepubliceerd).isEqualTo(export);
    }

    private static String onderwerp(ConsumerRecord<String, String> record) {
        return lezen(record).get("subject").asText();
    }

    private static long volgnummer(ConsumerRecord<String, String> record) {
        return lezen(record).get("volgnummer").asLong();
    }

    private static JsonNode lezen(ConsumerRecord<String, String> record) {
        try {
            return Klant.JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the topic from the start, as a new consumer group, until the condition holds: at most two minutes, because
     * after another test's database outage the processor may still be backing off.
     */
    private Map<String, List<ConsumerRecord<String, String>>> lees(Predicate<List<ConsumerRecord<String, String>>> klaar) {
        Map<String, Object> instellingen = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> alle = new ArrayList<>();
        try (KafkaConsumer<String, String> consument = new KafkaConsumer<>(instellingen)) {
            consument.subscribe(List.of(topic));
            long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!klaar.test(alle)) {
                assertThat(System.nanoTime()).as("de verwachte records kwamen niet binnen twee minuten op Kafka").isLessThan(tot);
                consument.poll(Duration.ofMillis(200)).forEach(alle::add);
            }
        }
        Map<String, List<ConsumerRecord<String, String>>> perGemeente = new LinkedHashMap<>();
        alle.forEach(r -> perGemeente.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        return perGemeente;
    }
}
