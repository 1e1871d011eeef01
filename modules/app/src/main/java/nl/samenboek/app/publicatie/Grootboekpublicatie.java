package nl.samenboek.app.publicatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Grootboekregel;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every event to Kafka as a CloudEvent, once for each gemeente it concerns, keyed by that gemeente. The data
 * is the event's grootboek entry exactly as the export has it (docs/auditor.md, the entry and its hash), so a consumer can verify each
 * gemeente's chain from the topic alone; within a gemeente's key the entries arrive in volgnummer order.
 *
 * <p>A tracking processor of its own carries the position in PostgreSQL: after a crash or a broker outage it resumes
 * where Kafka last acknowledged, so delivery is at least once — a consumer deduplicates on {@code source} + {@code id}.
 * A failed send fails the batch (see {@link KafkaPublicatieConfig}) instead of skipping the event; only a record Kafka
 * refuses for good ({@link Definitieveweigering}) goes to the dead-letter topic, with the reason in its headers, and
 * the publication goes on with the next entry (docs/integratie.md).
 */
@ProcessingGroup(Grootboekpublicatie.VERWERKER)
public class Grootboekpublicatie {

    public static final String VERWERKER = "publicatie-kafka";
    /** Headers of a dead-letter record besides Spring Kafka's {@code kafka_dlt-*}: whose entry it was, without reading the value. */
    public static final String KOP_GEMEENTE = "samenboek-gemeente";
    public static final String KOP_VOLGNUMMER = "samenboek-volgnummer";
    public static final String KOP_GEBEURTENIS = "samenboek-gebeurtenis";
    private static final String TYPE_VOORVOEGSEL = "nl.samenboek.gebeurtenis.";
    private static final Logger LOG = LoggerFactory.getLogger(Grootboekpublicatie.class);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Grootboeklezer grootboek;
    private final String topic;
    private final String doodlopendTopic;
    private final ObjectMapper json = GebeurtenisJson.mapper();

    public Grootboekpublicatie(KafkaTemplate<String, CloudEvent> kafka, Grootboeklezer grootboek, String topic, String doodlopendTopic) {
        this.kafka = kafka;
        this.grootboek = grootboek;
        this.topic = topic;
        this.doodlopendTopic = doodlopendTopic;
    }

    @EventHandler
    void publiceer(EventMessage<?> bericht) throws InterruptedException, ExecutionException, TimeoutException {
        List<Grootboekregel> regels = grootboek.regelsVan(bericht.getIdentifier());
        if (regels.isEmpty()) {
            throw new IllegalStateException("gebeurtenis " + bericht.getIdentifier() + " staat in geen grootboek");
        }
        List<ProducerRecord<String, CloudEvent>> records = new ArrayList<>();
        List<CompletableFuture<SendResult<String, CloudEvent>>> verzonden = new ArrayList<>();
        for (Grootboekregel regel : regels) {
            ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(topic, regel.gemeente(), alsCloudEvent(regel));
            records.add(record);
            verzonden.add(verstuur(record));
        }
        for (int i = 0; i < verzonden.size(); i++) {
            try {
                verzonden.get(i).get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // the producer may still be retrying (broker away, too few in-sync replicas): the processor retries
                TimeoutException fout = new TimeoutException("Kafka bevestigde grootboekregel " + regels.get(i).gemeente() + "/"
                        + regels.get(i).volgnummer() + " niet binnen 30 s");
                fout.initCause(e);
                throw fout;
            } catch (ExecutionException e) {
                Optional<Throwable> weigering = Definitieveweigering.in(e);
                if (weigering.isEmpty()) {
                    throw e; // retriable or unknown: the processor retries with back-off, nothing is skipped
                }
                naarDoodlopendTopic(regels.get(i), records.get(i), weigering.get());
            }
        }
    }

    /**
     * The refused record with its value if the dead-letter topic takes it, else (when it is refused there too, e.g. too
     * large) without: the headers say which entry it was and why, and the entry itself is in the export. If even that
     * fails the exception propagates and the processor retries: an entry is on the topic or on the dead-letter topic.
     */
    private void naarDoodlopendTopic(Grootboekregel regel, ProducerRecord<String, CloudEvent> geweigerd, Throwable reden)
            throws InterruptedException, ExecutionException, TimeoutException {
        LOG.warn("Kafka weigert grootboekregel {}/{} (gebeurtenis {}) definitief: {}; naar {}", regel.gemeente(), regel.volgnummer(),
                geweigerd.value().getId(), reden.toString(), doodlopendTopic);
        ProducerRecord<String, CloudEvent> metWaarde = doodlopend(regel, geweigerd, reden, geweigerd.value());
        try {
            verstuur(metWaarde).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (Definitieveweigering.in(e).isEmpty()) {
                throw e;
            }
            verstuur(doodlopend(regel, geweigerd, reden, null)).get(30, TimeUnit.SECONDS);
        }
    }

    private ProducerRecord<String, CloudEvent> doodlopend(Grootboekregel regel, ProducerRecord<String, CloudEvent> geweigerd,
                                                         Throwable reden, CloudEvent waarde) {
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(doodlopendTopic, regel.gemeente(), waarde);
        Headers koppen = record.headers();
        koppen.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, tekst(geweigerd.topic()));
        koppen.add(KafkaHeaders.DLT_EXCEPTION_FQCN, tekst(reden.getClass().getName()));
        koppen.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, tekst(String.valueOf(reden.getMessage())));
        koppen.add(KOP_GEMEENTE, tekst(regel.gemeente()));
        koppen.add(KOP_VOLGNUMMER, tekst(String.valueOf(regel.volgnummer())));
        koppen.add(KOP_GEBEURTENIS, tekst(geweigerd.value().getId()));
        return record;
    }

    /** A send that throws instead of returning a failed future (a serializer's refusal) is a failed future too. */
    private CompletableFuture<SendResult<String, CloudEvent>> verstuur(ProducerRecord<String, CloudEvent> record) {
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static byte[] tekst(String waarde) {
        return waarde.getBytes(StandardCharsets.UTF_8);
    }

    private CloudEvent alsCloudEvent(Grootboekregel regel) {
        try {
            return CloudEventBuilder.v1()
                    .withId(regel.gebeurtenis().get("id").asText())
                    .withSource(bron(regel.gemeente()))
                    .withType(TYPE_VOORVOEGSEL + regel.gebeurtenis().get("type").asText())
                    .withSubject(regel.gebeurtenis().get("aggregaatId").asText())
                    .withTime(OffsetDateTime.parse(regel.gebeurtenis().get("tijdstip").asText()))
                    .withDataContentType("application/json")
                    .withExtension("gemeente", regel.gemeente())
                    .withExtension("volgnummer", regel.volgnummer())
                    .withData(json.writeValueAsBytes(regel))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grootboekregel " + regel.gemeente() + "/" + regel.volgnummer() + " niet te schrijven", e);
        }
    }

    /** One source per gemeente's grootboek: ids are unique per source, and a joint event appears in several. */
    private static URI bron(String gemeente) {
        return URI.create("/samenboek/gemeenten/" + gemeente + "/grootboek");
    }
}
