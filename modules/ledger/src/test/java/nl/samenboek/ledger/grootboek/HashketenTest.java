package nl.samenboek.ledger.grootboek;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class HashketenTest {

    @Test
    void canonicaliseertVolgensRfc8785() {
        ObjectNode gebeurtenis = Gebeurtenisvorm.van("e1", "nl.samenboek.messages.opdracht.UrenToegezegd", "2025-01-02T03:04:05.678Z",
                "Opdracht", "o1", 4, "{\"uren\": 12.50, \"jaar\": 2025, \"gemeenten\": [\"lisse\"], \"tekst\": \"é\\u00e9\"}".getBytes(StandardCharsets.UTF_8));
        String canoniek = new String(Hashketen.canoniek(gebeurtenis), StandardCharsets.UTF_8);
        assertThat(canoniek).isEqualTo("{\"aggregaat\":\"Opdracht\",\"aggregaatId\":\"o1\",\"data\":{\"gemeenten\":[\"lisse\"],"
                + "\"jaar\":2025,\"tekst\":\"éé\",\"uren\":12.5},\"id\":\"e1\",\"tijdstip\":\"2025-01-02T03:04:05.678Z\","
                + "\"type\":\"UrenToegezegd\",\"versie\":5}");
    }

    @Test
    void hashIsSha256VanVorigeHashGevolgdDoorDeCanoniekeGebeurtenis() throws Exception {
        ObjectNode gebeurtenis = Gebeurtenisvorm.van("e1", "a.b.OpdrachtAanvaard", "2025-01-02T03:04:05.678Z", "Opdracht", "o1", 1,
                "{\"gemeenten\":[\"lisse\"]}".getBytes(StandardCharsets.UTF_8));
        byte[] canoniek = Hashketen.canoniek(gebeurtenis);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Hashketen.BEGIN.getBytes(StandardCharsets.UTF_8));
        sha.update(canoniek);
        assertThat(Hashketen.hash(Hashketen.BEGIN, gebeurtenis)).isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(Hashketen.BEGIN).hasSize(64).matches("0+");
    }
}
