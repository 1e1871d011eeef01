package nl.samenboek.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Each gemeente's grootboek: who is in it, that it verifies, and that concurrency cannot fork it. */
class GrootboekIT extends IntegratieTest {

    @Test
    void eenGezamenlijkeOpdrachtStaatInElkBetrokkenGrootboekMaatwerkAlleenInHetEigen() {
        String gezamenlijk = college("hillegom").post("/opdrachten", aanvraag("Gezamenlijk in de grootboeken", "hillegom", "teylingen"))
                .json().get("id").asText();
        Map<String, Object> maatwerk = new HashMap<>(aanvraag("Maatwerk in het grootboek", "lisse"));
        maatwerk.put("soort", "maatwerk");
        String eigen = college("lisse").post("/opdrachten", maatwerk).json().get("id").asText();

        assertThat(grootboekenVan(gezamenlijk)).containsExactlyInAnyOrder("hillegom", "teylingen");
        assertThat(grootboekenVan(eigen)).containsExactly("lisse");
        for (String gemeente : List.of("hillegom", "lisse", "teylingen")) {
            JsonNode verificatie = als("auditor").get("/audit/gemeenten/" + gemeente + "/verificatie").json();
            assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isTrue();
        }
    }

    @Test
    void vijftigGelijktijdigeSchrijversLatenEenGaveKetenZonderGatenAchter() throws Exception {
        ExecutorService klanten = Executors.newFixedThreadPool(50);
        List<Future<Integer>> statussen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int nummer = i;
            statussen.add(klanten.submit(() -> college("teylingen").post("/opdrachten", aanvraag("Parallel " + nummer, "teylingen")).status()));
        }
        for (Future<Integer> status : statussen) {
            assertThat(status.get()).isEqualTo(201);
        }
        klanten.shutdown();
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/teylingen/verificatie").json();
        assertThat(verificatie.get("geldig").asBoolean()).as(verificatie.toString()).isTrue();
        Map<String, Object> keten = jdbc.queryForMap("SELECT count(*) AS aantal, max(volgnummer) AS hoogste, "
                + "count(DISTINCT volgnummer) AS verschillend FROM grootboek WHERE gemeente = 'teylingen'");
        assertThat(((Number) keten.get("aantal")).longValue()).isEqualTo(((Number) keten.get("hoogste")).longValue())
                .isEqualTo(((Number) keten.get("verschillend")).longValue())
                .isEqualTo(verificatie.get("aantal").asLong());
    }

    @Test
    void eenCollegeOfRaadVerifieertAlleenHetEigenGrootboek() {
        assertThat(als("raad", "lisse").get("/audit/gemeenten/lisse/verificatie").status()).isEqualTo(200);
        assertThat(als("raad", "lisse").get("/audit/gemeenten/hillegom/verificatie").status()).isEqualTo(403);
        assertThat(als("auditor").get("/audit/gemeenten/bennebroek/verificatie").status()).isEqualTo(404);
        assertThat(als("college", "lisse").get("/audit/gemeenten/lisse/export").status()).isEqualTo(403);
    }

    @Test
    void deExportIsNdjsonVanGrootboekregels() {
        college("lisse").post("/opdrachten", aanvraag("Voor de export", "lisse"));
        Klant.Antwoord export = als("auditor").get("/audit/gemeenten/lisse/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.kop("Content-Type")).startsWith("application/x-ndjson");
        String[] regels = export.tekst().split("\n");
        JsonNode eerste = new Klant.Antwoord(200, Map.of(), regels[0]).json();
        assertThat(eerste.get("volgnummer").asLong()).isEqualTo(1);
        assertThat(eerste.get("vorigeHash").asText()).isEqualTo("0".repeat(64));
        assertThat(eerste.get("gebeurtenis").get("type").asText()).isEqualTo("GemeenteToegetreden");
        List<String> velden = new ArrayList<>();
        eerste.fieldNames().forEachRemaining(velden::add);
        assertThat(velden).containsExactly("gemeente", "volgnummer", "vorigeHash", "hash", "gebeurtenis");
        List<String> gebeurtenisvelden = new ArrayList<>();
        eerste.get("gebeurtenis").fieldNames().forEachRemaining(gebeurtenisvelden::add);
        assertThat(gebeurtenisvelden).containsExactlyInAnyOrder("id", "type", "tijdstip", "aggregaat", "aggregaatId", "versie", "data");
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/lisse/verificatie").json();
        assertThat((long) regels.length).isEqualTo(verificatie.get("aantal").asLong());
        JsonNode laatste = new Klant.Antwoord(200, Map.of(), regels[regels.length - 1]).json();
        assertThat(laatste.get("hash").asText()).isEqualTo(verificatie.get("hoofdHash").asText());
    }

    private List<String> grootboekenVan(String opdracht) {
        return jdbc.queryForList("SELECT DISTINCT g.gemeente FROM grootboek g JOIN domain_event_entry e "
                + "ON e.event_identifier = g.event_identifier WHERE e.aggregate_identifier = ?", String.class, opdracht);
    }
}
