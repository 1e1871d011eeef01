package nl.samenboek.app.publicatie;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.core.message.Encoding;
import io.micrometer.core.instrument.MeterRegistry;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Kafka publication, off unless {@code samenboek.kafka.publicatie=aan} (SAMENBOEK_KAFKA_PUBLICATIE): the embedded
 * default has no broker. The producer waits for every in-sync replica and is idempotent, so a retried send is not
 * written twice; the CloudEvents are structured JSON ({@code application/cloudevents+json}) so a consumer needs no
 * CloudEvents library to read them.
 */
@org.springframework.context.annotation.Configuration
@ConditionalOnProperty(name = "samenboek.kafka.publicatie", havingValue = "aan")
public class KafkaPublicatieConfig {

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventTemplate(@Value("${samenboek.kafka.servers}") String servers, Environment omgeving) {
        Map<String, String> eigen = Binder.get(omgeving)
                .bind(EIGENSCHAPPEN, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producentinstellingen(servers, eigen)));
    }

    /** Where the broker's security settings come from: SAMENBOEK_KAFKA_EIGENSCHAPPEN_SECURITY_PROTOCOL=SASL_SSL and so on. */
    static final String EIGENSCHAPPEN = "samenboek.kafka.eigenschappen";

    /**
     * The producer's settings: the broker's own (security.protocol, sasl.*, ssl.* — whatever the cluster asks, passed
     * through as given, docs/operations.md) and samenboek's guarantees, which they cannot change: every in-sync replica
     * acknowledges, sends are idempotent, the CloudEvents are structured JSON.
     */
    static Map<String, Object> producentinstellingen(String servers, Map<String, String> eigen) {
        Map<String, Object> instellingen = new java.util.HashMap<>(eigen);
        instellingen.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED,
                CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
        instellingen.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "samenboek");
        return instellingen;
    }

    @Bean
    Grootboekpublicatie grootboekpublicatie(KafkaTemplate<String, CloudEvent> cloudEventTemplate, Grootboeklezer grootboek,
                                            @Value("${samenboek.kafka.topic}") String topic,
                                            @Value("${samenboek.kafka.dead-letter-topic:${samenboek.kafka.topic}.dlt}") String doodlopendTopic) {
        return new Grootboekpublicatie(cloudEventTemplate, grootboek, topic, doodlopendTopic);
    }

    /** Health component {@code publicatie} and gauge {@code samenboek.publicatie.lag}. */
    @Bean
    Publicatieachterstand publicatie(EventProcessingConfiguration verwerkers, JdbcTemplate jdbc, Serializer serializer,
                                     Optional<MeterRegistry> metrieken) {
        return new Publicatieachterstand(verwerkers, jdbc, serializer, metrieken);
    }

    /**
     * The publication is a tracking processor of its own with exactly one segment and one thread, and every event in
     * one sequence: Kafka receives the entries in event-store order, so each gemeente's in volgnummer order, however
     * many segments the projections use ({@code samenboek.projecties.segmenten}); with several nodes one of them holds
     * the segment and the others wait to take it over. A send that fails is retried by the processor (with back-off)
     * rather than logged and skipped, as Axon would by default. The batch is the unit of the stored position: after a
     * crash at most one batch is published again ({@code samenboek.kafka.batchgrootte}).
     */
    @Bean
    ConfigurerModule publicatieverwerker(@Value("${samenboek.kafka.batchgrootte:100}") int batchgrootte) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(Grootboekpublicatie.VERWERKER, Configuration::eventStore, axon -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(batchgrootte)
                        .andTokenClaimInterval(1, TimeUnit.SECONDS))
                .registerSequencingPolicy(Grootboekpublicatie.VERWERKER, axon -> new SequentialPolicy())
                .registerListenerInvocationErrorHandler(Grootboekpublicatie.VERWERKER, axon -> PropagatingErrorHandler.instance());
    }
}
