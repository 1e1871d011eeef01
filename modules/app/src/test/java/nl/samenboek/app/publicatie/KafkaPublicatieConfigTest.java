package nl.samenboek.app.publicatie;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker's security settings pass through from the environment; samenboek's delivery guarantees do not yield. */
class KafkaPublicatieConfigTest {

    @Test
    void saslEnTlsKomenUitDeOmgevingDoor() {
        StandardEnvironment omgeving = new StandardEnvironment();
        MutablePropertySources bronnen = omgeving.getPropertySources();
        bronnen.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "SAMENBOEK_KAFKA_EIGENSCHAPPEN_SECURITY_PROTOCOL", "SASL_SSL",
                "SAMENBOEK_KAFKA_EIGENSCHAPPEN_SASL_MECHANISM", "SCRAM-SHA-512",
                "SAMENBOEK_KAFKA_EIGENSCHAPPEN_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"samenboek\" password=\"geheim\";",
                "SAMENBOEK_KAFKA_EIGENSCHAPPEN_SSL_TRUSTSTORE_LOCATION", "/etc/samenboek/kafka-ca.p12",
                "SAMENBOEK_KAFKA_EIGENSCHAPPEN_ACKS", "0")));
        Map<String, String> eigen = new Binder(ConfigurationPropertySources.get(omgeving))
                .bind(KafkaPublicatieConfig.EIGENSCHAPPEN, Bindable.mapOf(String.class, String.class)).orElse(Map.of());

        Map<String, Object> instellingen = KafkaPublicatieConfig.producentinstellingen("kafka:9093", eigen);

        assertThat(instellingen).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/samenboek/kafka-ca.p12")
                .containsEntry("bootstrap.servers", "kafka:9093");
        assertThat((String) instellingen.get("sasl.jaas.config")).contains("ScramLoginModule");
        assertThat(instellingen).as("samenboek's guarantees yield to nothing").containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true);
    }
}
