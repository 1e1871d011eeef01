package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who did it: every event written through the API carries {@code door {rol, gemeente?, pseudoniem}} in the hashed
 * gebeurtenis, the same person always gets the same pseudoniem, and no token subject reaches the ledger
 * (docs/decisions.md).
 */
class DoorIT extends IntegratieTest {

    @Test
    void elkeGebeurtenisNoemtWieHetDeedMetEenVastPseudoniem() {
        Klant hillegom = college("hillegom");
        String id = hillegom.post("/opdrachten", aanvraag("Wie deed wat", "hillegom", "lisse")).json().get("id").asText();
        assertThat(college("lisse").post("/opdrachten/" + id + "/medeondertekeningen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        String tweede = hillegom.post("/opdrachten", aanvraag("Nog een van Hillegom", "hillegom")).json().get("id").asText();

        List<JsonNode> gebeurtenissen = gebeurtenissen(hillegom, id);
        assertThat(gebeurtenissen).hasSize(3);
        assertThat(gebeurtenissen).allSatisfy(g -> assertThat(g.at("/door/pseudoniem").asText()).matches("p-[0-9a-f]{24}"));
        assertThat(gebeurtenissen.get(0).get("door").get("rol").asText()).isEqualTo("college");
        assertThat(gebeurtenissen.get(0).get("door").get("gemeente").asText()).isEqualTo("hillegom");
        assertThat(gebeurtenissen.get(1).get("door").get("gemeente").asText()).isEqualTo("lisse");
        assertThat(gebeurtenissen.get(2).get("door").get("rol").asText()).isEqualTo("directie");
        assertThat(gebeurtenissen.get(2).get("door").has("gemeente")).as("de directie heeft geen gemeente").isFalse();

        String pseudoniemHillegom = gebeurtenissen.get(0).at("/door/pseudoniem").asText();
        assertThat(gebeurtenissen(hillegom, tweede).get(0).at("/door/pseudoniem").asText())
                .as("dezelfde persoon, hetzelfde pseudoniem").isEqualTo(pseudoniemHillegom);
        assertThat(gebeurtenissen.get(1).at("/door/pseudoniem").asText()).as("een ander persoon").isNotEqualTo(pseudoniemHillegom);
    }

    @Test
    void deDoorStaatInDeExportEnDeKetenBlijftGaafZonderTokenonderwerpen() {
        String id = college("lisse").post("/opdrachten", aanvraag("Door in de export", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);

        Klant.Antwoord export = als("auditor").get("/audit/gemeenten/lisse/export");
        assertThat(export.status()).isEqualTo(200);
        List<JsonNode> regels = new ArrayList<>();
        export.tekst().lines().map(r -> Klant.JSON.valueToTree(leesJson(r))).filter(r -> id.equals(((JsonNode) r).at("/gebeurtenis/aggregaatId").asText()))
                .forEach(r -> regels.add((JsonNode) r));
        assertThat(regels).hasSize(2).allSatisfy(r -> assertThat(r.at("/gebeurtenis/door/pseudoniem").asText()).startsWith("p-"));
        assertThat(als("auditor").get("/audit/gemeenten/lisse/verificatie").json().get("geldig").asBoolean()).isTrue();

        // the local test tokens have subjects such as 'lokaal-college-lisse': none of them is in the ledger or the store
        assertThat(export.tekst()).doesNotContain("lokaal-");
        List<byte[]> metadata = jdbc.queryForList("SELECT meta_data FROM domain_event_entry WHERE meta_data IS NOT NULL", byte[].class);
        assertThat(metadata).noneMatch(m -> new String(m, StandardCharsets.UTF_8).contains("lokaal-"));
    }

    private static Object leesJson(String regel) {
        try {
            return Klant.JSON.readTree(regel);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> gebeurtenissen(Klant klant, String id) {
        List<JsonNode> lijst = new ArrayList<>();
        klant.get("/opdrachten/" + id + "/gebeurtenissen?paginagrootte=100").json().at("/_embedded/gebeurtenissen").forEach(lijst::add);
        return lijst;
    }
}
