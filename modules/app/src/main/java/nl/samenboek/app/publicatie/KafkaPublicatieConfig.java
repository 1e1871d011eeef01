package nl.samenboek.app.publicatie;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.core.message.Encoding;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;

/**
 * Kafka publication, off unless {@code samenboek.kafka.publicatie=aan} (SAMENBOEK_KAFKA_PUBLICATIE): the embedded
 * default has no broker. The producer waits for every in-sync replica and is idempotent, so a retried send is not
 * written twice; the CloudEvents are structured JSON ({@code application/cloudevents+json}) so a consumer needs no
 * CloudEvents library to read them.
 */
@Configuration
@ConditionalOnProperty(name = "samenboek.kafka.publicatie", havingValue = "aan")
public class KafkaPublicatieConfig {

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventTemplate(@Value("${samenboek.kafka.servers}") String servers) {
        Map<String, Object> instellingen = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED,
                CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "samenboek");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(instellingen));
    }

    @Bean
    Grootboekpublicatie grootboekpublicatie(KafkaTemplate<String, CloudEvent> cloudEventTemplate, Grootboeklezer grootboek,
                                            @Value("${samenboek.kafka.topic}") String topic) {
        return new Grootboekpublicatie(cloudEventTemplate, grootboek, topic);
    }

    /** A send that fails is retried by the processor (with back-off) rather than logged and skipped, as Axon would by default. */
    @Bean
    ConfigurerModule publicatieFouten() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(Grootboekpublicatie.VERWERKER, axon -> PropagatingErrorHandler.instance());
    }
}
