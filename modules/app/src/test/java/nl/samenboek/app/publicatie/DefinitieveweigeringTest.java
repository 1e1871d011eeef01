package nl.samenboek.app.publicatie;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaProducerException;

import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a refusal of the record itself sends it to the dead-letter topic; everything else is retried. */
class DefinitieveweigeringTest {

    @Test
    void eenTeGrootRecordIsDefinitiefGeweigerdOokDiepInDeKetenVanOorzaken() {
        RecordTooLargeException teGroot = new RecordTooLargeException("te groot");
        assertThat(Definitieveweigering.in(verzendfout(teGroot))).contains(teGroot);
    }

    @Test
    void eenRecordDatNietTeSerialiserenIsIsDefinitiefGeweigerd() {
        SerializationException onleesbaar = new SerializationException("niet te schrijven");
        assertThat(Definitieveweigering.in(onleesbaar)).contains(onleesbaar);
    }

    @Test
    void eenFoutDieVoorbijgaatWordtOpnieuwGeprobeerd() {
        assertThat(Definitieveweigering.in(verzendfout(new TimeoutException("broker weg")))).isEmpty();
        assertThat(Definitieveweigering.in(verzendfout(new NotLeaderOrFollowerException("leider verhuisd")))).isEmpty();
        assertThat(Definitieveweigering.in(new java.util.concurrent.TimeoutException("geen antwoord in 30 s"))).isEmpty();
    }

    @Test
    void eenOntbrekendeAutorisatieGeldtVoorElkRecordEnWordtOpnieuwGeprobeerd() {
        assertThat(Definitieveweigering.in(verzendfout(new TopicAuthorizationException(Set.of("samenboek.grootboek"))))).isEmpty();
    }

    private static ExecutionException verzendfout(Exception oorzaak) {
        return new ExecutionException(new KafkaProducerException(new ProducerRecord<>("samenboek.grootboek", "hillegom", "x"), "verzenden mislukt", oorzaak));
    }
}
