package nl.samenboek.app.publicatie;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.ledger.sleutel.Sleutelopslag;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka publication at process level (docs/integratie.md, docs/reliability.md "Kafka-publicatie na een crash"):
 * samenboek as a separate OS process publishing to a real KRaft broker in this JVM, with the projections in two
 * segments (the publication stays one). The main topic takes records of at most {@value #GROOTSTE_RECORD} bytes, so
 * one large event is refused for good and must land on the dead-letter topic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaNaCrashIT {

    private static final String TOPIC = "samenboek.grootboek";
    private static final String DOODLOPEND = TOPIC + ".dlt";
    private static final int GROOTSTE_RECORD = 24_000;
    private static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    private static final int RONDES = 5;
    private static final int KLANTEN = 4;
    private static final int VERZOEKEN_PER_RONDE = 80;
    private static final int BEVESTIGD_VOOR_DE_CRASH = VERZOEKEN_PER_RONDE / 2;

    private static EmbeddedKafkaKraftBroker kafka;
    private static Path map;
    private static Applicatieproces samenboek;
    private static Tokenmaker tokens;

    @BeforeAll
    static void start() throws IOException {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        // the broker writes its address into the system property spring.embedded.kafka.brokers, from which the shared
        // test context (IntegratieTest) reads its own broker's: later tests would dial this one, dead. Put it back.
        String gedeeld = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        kafka.afterPropertiesSet();
        if (gedeeld == null) {
            System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        } else {
            System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, gedeeld);
        }
        kafka.addTopics(new NewTopic(TOPIC, 3, (short) 1).configs(Map.of("max.message.bytes", String.valueOf(GROOTSTE_RECORD))),
                new NewTopic(DOODLOPEND, 1, (short) 1));
        map = Files.createTempDirectory("samenboek-kafka-");
        samenboek = new Applicatieproces(map.resolve("data"))
                .met("SAMENBOEK_KAFKA_PUBLICATIE", "aan")
                .met("SAMENBOEK_KAFKA_SERVERS", kafka.getBrokersAsString())
                .met("SAMENBOEK_KAFKA_TOPIC", TOPIC)
                .met("SAMENBOEK_PROJECTIES_SEGMENTEN", "2")
                .start();
        tokens = new Tokenmaker(new Sleutelopslag(map.resolve("data")).laadOfMaak(Tokenmaker.SLEUTELNAAM));
    }

    @AfterAll
    static void stop() {
        if (samenboek != null) {
            samenboek.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    /**
     * Five times: four clients send a burst of {@value #VERZOEKEN_PER_RONDE} aanvragen (every third one joint); half-way,
     * after {@value #BEVESTIGD_VOOR_DE_CRASH} acknowledged writes, the JVM and its PostgreSQL are killed (kill -9), and samenboek restarts on the same data dir.
     * Then every entry of every gemeente's exported grootboek is on the topic under that gemeente's key (or, refused
     * for good, on the dead-letter topic), first seen in volgnummer order; a record seen twice is the same entry again.
     */
    @Test
    @Order(1)
    void naElkeKillStaatElkeGebeurtenisInGrootboekvolgordeOpHetTopic() throws Exception {
        Set<String> bevestigd = ConcurrentHashMap.newKeySet();
        for (int ronde = 1; ronde <= RONDES; ronde++) {
            int rondeNummer = ronde;
            AtomicInteger volgende = new AtomicInteger();
            AtomicInteger dezeRonde = new AtomicInteger();
            ExecutorService klanten = Executors.newFixedThreadPool(KLANTEN);
            List<Future<?>> werk = new ArrayList<>();
            for (int k = 0; k < KLANTEN; k++) {
                int klant = k;
                werk.add(klanten.submit(() -> {
                    Klant college = samenboek.als("college", GEMEENTEN.get(klant % 3));
                    for (int i = volgende.getAndIncrement(); i < VERZOEKEN_PER_RONDE; i = volgende.getAndIncrement()) {
                        try {
                            Klant.Antwoord antwoord = college.post("/opdrachten", aanvraag(rondeNummer, i, klant));
                            if (antwoord.status() == 201) {
                                bevestigd.add(antwoord.json().get("id").asText());
                                dezeRonde.incrementAndGet();
                            }
                        } catch (RuntimeException gekild) {
                            return;
                        }
                    }
                }));
            }
            while (dezeRonde.get() < BEVESTIGD_VOOR_DE_CRASH && !werk.stream().allMatch(Future::isDone)) {
                Thread.sleep(5);
            }
            assertThat(dezeRonde.get()).as("bevestigd voor de kill in ronde %d", ronde).isGreaterThanOrEqualTo(BEVESTIGD_VOOR_DE_CRASH);
            samenboek.stroomuitval();
            klanten.shutdown();
            assertThat(klanten.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            long herstart = System.nanoTime();
            samenboek.start();
            long gezond = System.nanoTime();
            Map<String, List<JsonNode>> grootboeken = exports();
            Map<String, Long> koppen = new HashMap<>();
            grootboeken.forEach((gemeente, regels) -> koppen.put(gemeente, regels.get(regels.size() - 1).get("volgnummer").asLong()));
            Map<String, Long> opDoodlopend = doodlopendeVolgnummers();
            Map<String, List<ConsumerRecord<String, String>>> topic = lees(TOPIC, records -> bijgewerkt(records, koppen, opDoodlopend));
            long ingehaald = System.nanoTime();
            wachtTotLagNul();

            int regels = 0;
            int records = 0;
            int dubbel = 0;
            for (String gemeente : GEMEENTEN) {
                Controle controle = controleer(gemeente, grootboeken.get(gemeente), topic.getOrDefault(gemeente, List.of()), opDoodlopend);
                regels += grootboeken.get(gemeente).size();
                records += controle.records();
                dubbel += controle.dubbel();
            }
            Set<String> onderwerpen = new HashSet<>();
            topic.values().forEach(lijst -> lijst.forEach(r -> onderwerpen.add(lezen(r).get("subject").asText())));
            assertThat(onderwerpen).as("elke bevestigde aanvraag staat op het topic").containsAll(bevestigd);
            System.out.printf("Kafka na een crash, ronde %d: %d grootboekregels, %d records op het topic, %d dubbel (tot nu toe), "
                            + "%d bevestigde aanvragen; gezond %d ms na de herstart, topic bij %d ms daarna%n",
                    ronde, regels, records, dubbel, bevestigd.size(), (gezond - herstart) / 1_000_000, (ingehaald - gezond) / 1_000_000);
        }
    }

    /**
     * An event too large for the topic is refused by the broker for good: it goes to the dead-letter topic with the
     * reason in its headers, and the next event is published after it; the lag returns to zero.
     */
    @Test
    @Order(2)
    void eenDefinitiefGeweigerdRecordGaatNaarHetDoodlopendeTopicEnDePublicatieGaatDoor() throws Exception {
        Klant college = samenboek.als("college", "hillegom");
        Map<String, Object> groot = aanvraag(0, 0, 0);
        groot.put("omschrijving", "€".repeat(10_000));
        Klant.Antwoord antwoord = college.post("/opdrachten", groot);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        String grootId = antwoord.json().get("id").asText();
        String daarnaId = college.post("/opdrachten", aanvraag(0, 1, 0)).json().get("id").asText();

        JsonNode regel = exports().get("hillegom").stream().filter(r -> r.at("/gebeurtenis/aggregaatId").asText().equals(grootId))
                .findFirst().orElseThrow();
        String gebeurtenis = regel.at("/gebeurtenis/id").asText();
        ConsumerRecord<String, String> dood = lees(DOODLOPEND, records -> records.stream().anyMatch(r -> gebeurtenis.equals(kop(r, "samenboek-gebeurtenis"))))
                .get("hillegom").stream().filter(r -> gebeurtenis.equals(kop(r, "samenboek-gebeurtenis"))).findFirst().orElseThrow();
        assertThat(kop(dood, "kafka_dlt-exception-fqcn")).isEqualTo("org.apache.kafka.common.errors.RecordTooLargeException");
        assertThat(kop(dood, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(kop(dood, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(kop(dood, "samenboek-gemeente")).isEqualTo("hillegom");
        assertThat(kop(dood, "samenboek-volgnummer")).isEqualTo(regel.get("volgnummer").asText());
        assertThat(dood.serializedValueSize()).as("de dood-topic neemt het record zelf").isGreaterThan(GROOTSTE_RECORD);
        assertThat(lezen(dood).get("data")).isEqualTo(regel);

        List<ConsumerRecord<String, String>> hillegom = lees(TOPIC, records -> records.stream()
                .anyMatch(r -> lezen(r).get("subject").asText().equals(daarnaId))).get("hillegom");
        assertThat(hillegom).as("het geweigerde record staat niet op het topic").noneMatch(r -> lezen(r).get("subject").asText().equals(grootId));
        System.out.printf("Kafka dead letter: gebeurtenis %s (hillegom/%s, %d bytes) op %s met reden '%s'; de volgende staat op %s%n",
                gebeurtenis, regel.get("volgnummer").asText(), dood.serializedValueSize(), DOODLOPEND,
                kop(dood, "kafka_dlt-exception-message"), TOPIC);
        wachtTotLagNul();
    }

    private record Controle(int records, int dubbel) {
    }

    /**
     * The topic's records of one gemeente against its export: each record is an entry of the export with the same id;
     * the first sightings come in strictly increasing volgnummer; a later sighting repeats an entry already seen
     * (at least once); together with the dead-letter topic they cover every entry.
     */
    private static Controle controleer(String gemeente, List<JsonNode> grootboek, List<ConsumerRecord<String, String>> records,
                                       Map<String, Long> opDoodlopend) {
        Map<Long, String> idPerVolgnummer = new HashMap<>();
        grootboek.forEach(r -> idPerVolgnummer.put(r.get("volgnummer").asLong(), r.at("/gebeurtenis/id").asText()));
        long kop = grootboek.get(grootboek.size() - 1).get("volgnummer").asLong();
        Set<Long> gezien = new HashSet<>();
        List<Long> eersteKeer = new ArrayList<>();
        int dubbel = 0;
        for (ConsumerRecord<String, String> record : records) {
            JsonNode ce = lezen(record);
            long volgnummer = ce.get("volgnummer").asLong();
            if (volgnummer > kop) {
                continue; // published after the export was read
            }
            assertThat(ce.get("id").asText()).as("%s/%d", gemeente, volgnummer).isEqualTo(idPerVolgnummer.get(volgnummer));
            if (!gezien.add(volgnummer)) {
                dubbel++;
            } else {
                eersteKeer.add(volgnummer);
            }
        }
        assertThat(eersteKeer).as("%s: eerste keer gezien in grootboekvolgorde", gemeente).isSorted();
        Set<Long> alle = new HashSet<>(gezien);
        opDoodlopend.forEach((sleutel, volgnummer) -> {
            if (sleutel.startsWith(gemeente + "/")) {
                alle.add(volgnummer);
            }
        });
        assertThat(alle).as("%s: elke grootboekregel op het topic of het doodlopende topic", gemeente)
                .isEqualTo(idPerVolgnummer.keySet());
        return new Controle(records.size(), dubbel);
    }

    private static boolean bijgewerkt(List<ConsumerRecord<String, String>> records, Map<String, Long> koppen, Map<String, Long> opDoodlopend) {
        Map<String, Long> hoogste = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            hoogste.merge(record.key(), lezen(record).get("volgnummer").asLong(), Math::max);
        }
        opDoodlopend.forEach((sleutel, volgnummer) -> hoogste.merge(sleutel.substring(0, sleutel.indexOf('/')), volgnummer, Math::max));
        return koppen.entrySet().stream().allMatch(kop -> hoogste.getOrDefault(kop.getKey(), 0L) >= kop.getValue());
    }

    /** "gemeente/volgnummer" of every record on the dead-letter topic, with its volgnummer. */
    private static Map<String, Long> doodlopendeVolgnummers() {
        Map<String, Long> volgnummers = new HashMap<>();
        lees(DOODLOPEND, records -> true).values().forEach(lijst -> lijst.forEach(r -> {
            long volgnummer = Long.parseLong(kop(r, "samenboek-volgnummer"));
            volgnummers.put(kop(r, "samenboek-gemeente") + "/" + volgnummer, volgnummer);
        }));
        return volgnummers;
    }

    private static Map<String, List<JsonNode>> exports() throws IOException {
        Klant auditor = samenboek.als("auditor", null);
        Map<String, List<JsonNode>> exports = new LinkedHashMap<>();
        for (String gemeente : GEMEENTEN) {
            List<JsonNode> regels = new ArrayList<>();
            for (String regel : auditor.get("/audit/gemeenten/" + gemeente + "/export").tekst().split("\n")) {
                regels.add(Klant.JSON.readTree(regel));
            }
            exports.put(gemeente, regels);
        }
        return exports;
    }

    /** The health component {@code publicatie} (its details need a token) reports lag 0 once the publication has caught up. */
    private static void wachtTotLagNul() throws InterruptedException {
        JsonNode publicatie = wachtOpPublicatie(p -> p.at("/details/lag").isNumber() && p.at("/details/lag").asLong() == 0);
        assertThat(publicatie.get("status").asText()).isEqualTo("UP");
        assertThat(publicatie.at("/details/segmenten").asInt()).as("de publicatie in één segment, de projecties in twee").isEqualTo(1);
    }

    /** The health component {@code publicatie} once it meets the condition (at most two minutes). */
    private static JsonNode wachtOpPublicatie(Predicate<JsonNode> klaar) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode publicatie = null;
        while (System.nanoTime() < tot) {
            publicatie = new Klant("http://localhost:" + samenboek.poort(), tokens.maak("beheerder", null, Duration.ofHours(1)))
                    .get("/actuator/health").json().at("/components/publicatie");
            if (klaar.test(publicatie)) {
                return publicatie;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("de publicatie kwam niet binnen twee minuten zover: " + publicatie);
    }

    private static String kop(ConsumerRecord<String, String> record, String naam) {
        Header kop = record.headers().lastHeader(naam);
        return kop == null ? null : new String(kop.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode lezen(ConsumerRecord<String, String> record) {
        try {
            return Klant.JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a topic from the start as a new consumer group until the condition holds (at most three minutes), per key. */
    private static Map<String, List<ConsumerRecord<String, String>>> lees(String topic, Predicate<List<ConsumerRecord<String, String>>> klaar) {
        Map<String, Object> instellingen = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> alle = new ArrayList<>();
        try (KafkaConsumer<String, String> consument = new KafkaConsumer<>(instellingen)) {
            consument.subscribe(List.of(topic));
            long tot = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            // until the end of every partition as it was, so "klaar" sees everything already there
            do {
                assertThat(System.nanoTime()).as("de verwachte records kwamen niet binnen drie minuten op " + topic).isLessThan(tot);
                consument.poll(Duration.ofMillis(200)).forEach(alle::add);
            } while (consument.assignment().isEmpty() || !bijHetEinde(consument) || !klaar.test(alle));
        }
        Map<String, List<ConsumerRecord<String, String>>> perGemeente = new LinkedHashMap<>();
        alle.forEach(r -> perGemeente.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        return perGemeente;
    }

    private static boolean bijHetEinde(KafkaConsumer<String, String> consument) {
        return consument.endOffsets(consument.assignment()).entrySet().stream()
                .allMatch(einde -> consument.position(einde.getKey()) >= einde.getValue());
    }

    private static Map<String, Object> aanvraag(int ronde, int nummer, int klant) {
        String gemeente = GEMEENTEN.get(klant % 3);
        // every third aanvraag is joint: its event is in two grootboeken, one record each
        List<String> gemeenten = nummer % 3 == 0 ? List.of(gemeente, GEMEENTEN.get((klant + 1) % 3)) : List.of(gemeente);
        return new LinkedHashMap<>(Map.of("titel", "Kafka na crash " + ronde + "." + nummer,
                "omschrijving", "Ronde " + ronde + ", verzoek " + nummer + " van klant " + klant,
                "gemeenten", gemeenten, "categorie", "bedrijfsvoering", "soort", "standaard", "taakveld", "0.4",
                "team", "crash", "begrotingsjaar", 2026, "geraamdeUren", 1 + nummer % 40));
    }
}
