package nl.samenboek.app.gemeente;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HLTsamen configuration is loaded as events; the verdeelsleutel keeps its history and answers per date. */
class GemeentenIT extends IntegratieTest {

    @Test
    void deGemeentenVanHltSamenMetHunAandeel() {
        JsonNode gemeenten = college("lisse").get("/gemeenten?peildatum=2020-06-30").json();
        assertThat(gemeenten).hasSize(3);
        assertThat(gemeenten.findValuesAsText("code")).containsExactly("hillegom", "lisse", "teylingen");
        assertThat(gemeenten.findValuesAsText("naam")).containsExactly("Hillegom", "Lisse", "Teylingen");
        assertThat(gemeenten.get(0).get("aandeel").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(gemeenten.get(2).get("aandeel").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void deConfiguratieStaatAlsGebeurtenissenInElkGrootboek() {
        assertThat(jdbc.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry WHERE aggregate_identifier = 'hltsamen'", String.class))
                .extracting(t -> t.substring(t.lastIndexOf('.') + 1))
                .contains("GemeenteToegetreden", "VerdeelsleutelVastgesteld");
        assertThat(jdbc.queryForObject("SELECT min(volgnummer) FROM grootboek WHERE gemeente = 'teylingen'", Long.class)).isEqualTo(1);
    }

    @Test
    void eenNieuweVerdeelsleutelGeldtVanafZijnIngangsdatum() {
        Klant beheerder = als("beheerder");
        Klant.Antwoord vastgesteld = beheerder.put("/verdeelsleutels/2039-01-01",
                Map.of("aandelen", Map.of("hillegom", 1, "lisse", 2, "teylingen", 3)));
        assertThat(vastgesteld.status()).as(vastgesteld.toString()).isEqualTo(200);
        assertThat(vastgesteld.json().get("ingangsdatum").asText()).isEqualTo("2039-01-01");

        assertThat(aandeelVanLisse("2038-12-31")).isEqualByComparingTo("0.25");
        assertThat(aandeelVanLisse("2039-01-01")).isEqualByComparingTo("0.333333");
        JsonNode sleutels = beheerder.get("/verdeelsleutels").json();
        assertThat(sleutels.findValuesAsText("ingangsdatum")).contains("2017-01-01", "2039-01-01");

        long voor = aantalGebeurtenissen();
        assertThat(beheerder.put("/verdeelsleutels/2039-01-01", Map.of("aandelen", Map.of("hillegom", 1, "lisse", 2, "teylingen", 3))).status())
                .isEqualTo(200);
        assertThat(aantalGebeurtenissen()).as("dezelfde sleutel nog eens vastleggen slaat niets op").isEqualTo(voor);
    }

    @Test
    void eenOngeldigeVerdeelsleutelNoemtDeGemeente() {
        Klant beheerder = als("beheerder");
        assertThat(velden(beheerder.put("/verdeelsleutels/2030-01-01", Map.of("aandelen", Map.of("hillegom", 1, "lisse", 1)))))
                .containsExactly("aandelen.teylingen");
        assertThat(velden(beheerder.put("/verdeelsleutels/2030-01-01", Map.of("aandelen", Map.of("hillegom", 1, "lisse", 1, "teylingen", -2)))))
                .containsExactly("aandelen.teylingen");
        assertThat(velden(beheerder.put("/verdeelsleutels/2030-01-01", Map.of("aandelen", Map.of("hillegom", 1, "lisse", 1, "teylingen", 1, "noordwijk", 1)))))
                .containsExactly("aandelen.noordwijk");
        assertThat(velden(beheerder.put("/verdeelsleutels/morgen", Map.of("aandelen", Map.of("hillegom", 1))))).containsExactly("ingangsdatum");
        assertThat(als("college", "lisse").put("/verdeelsleutels/2030-01-01", Map.of("aandelen", Map.of("lisse", 9))).status()).isEqualTo(403);
    }

    private static java.util.List<String> velden(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        return antwoord.ongeldigeVelden();
    }

    private java.math.BigDecimal aandeelVanLisse(String peildatum) {
        return college("lisse").get("/gemeenten?peildatum=" + peildatum).json().get(1).get("aandeel").decimalValue();
    }
}
