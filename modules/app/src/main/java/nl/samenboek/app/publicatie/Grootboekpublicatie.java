package nl.samenboek.app.publicatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Grootboekregel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
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
 * A failed send fails the batch (see {@link KafkaPublicatieConfig}) instead of skipping the event.
 */
@ProcessingGroup(Grootboekpublicatie.VERWERKER)
public class Grootboekpublicatie {

    public static final String VERWERKER = "publicatie-kafka";
    private static final String TYPE_VOORVOEGSEL = "nl.samenboek.gebeurtenis.";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Grootboeklezer grootboek;
    private final String topic;
    private final ObjectMapper json = GebeurtenisJson.mapper();

    public Grootboekpublicatie(KafkaTemplate<String, CloudEvent> kafka, Grootboeklezer grootboek, String topic) {
        this.kafka = kafka;
        this.grootboek = grootboek;
        this.topic = topic;
    }

    @EventHandler
    void publiceer(EventMessage<?> bericht) throws InterruptedException, ExecutionException, TimeoutException {
        List<Grootboekregel> regels = grootboek.regelsVan(bericht.getIdentifier());
        if (regels.isEmpty()) {
            throw new IllegalStateException("gebeurtenis " + bericht.getIdentifier() + " staat in geen grootboek");
        }
        List<CompletableFuture<SendResult<String, CloudEvent>>> verzonden = regels.stream()
                .map(regel -> kafka.send(new ProducerRecord<>(topic, regel.gemeente(), alsCloudEvent(regel))))
                .toList();
        for (CompletableFuture<SendResult<String, CloudEvent>> verzending : verzonden) {
            verzending.get(30, TimeUnit.SECONDS);
        }
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
