package nl.samenboek.app.opdracht;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static nl.samenboek.app.opdracht.OpdrachtLevenscyclusIT.pad;
import static org.assertj.core.api.Assertions.assertThat;

/** peildatum (the dates facts are about) and bekendOp (what the ledger had recorded) on opdracht reads (docs/api.md). */
class TijdreisIT extends IntegratieTest {

    @Test
    void bekendOpVoorDeAanvraagKentDeOpdrachtNiet() throws InterruptedException {
        Instant ervoor = Instant.now();
        Thread.sleep(5);
        String id = college("lisse").post("/opdrachten", aanvraag("Tijdreis", "lisse")).json().get("id").asText();
        assertThat(directie().get("/opdrachten/" + id + "?bekendOp=" + ervoor).status()).isEqualTo(404);
        assertThat(directie().get("/opdrachten/" + id + "?bekendOp=" + Instant.now()).status()).isEqualTo(200);
    }

    @Test
    void bekendOpTussenTweeGebeurtenissenToontDeToenmaligeStand() throws InterruptedException {
        String id = college("lisse").post("/opdrachten", aanvraag("Tussenstand", "lisse")).json().get("id").asText();
        directie().post(pad(id, "aanvaardingen"), Map.of());
        Thread.sleep(5);
        Instant tussen = Instant.now();
        Thread.sleep(5);
        directie().post(pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 80));

        JsonNode toen = directie().get("/opdrachten/" + id + "?bekendOp=" + tussen).json();
        assertThat(toen.get("status").asText()).isEqualTo("aanvaard");
        assertThat(toen.get("versie").asLong()).isEqualTo(2);
        assertThat(toen.at("/uren/toegezegd").decimalValue()).isEqualByComparingTo("0");
        assertThat(toen.get("niveau").asText()).isEqualTo("geen");
        assertThat(directie().get("/opdrachten/" + id + "/gebeurtenissen?bekendOp=" + tussen).json().get("totaal").asLong()).isEqualTo(2);

        JsonNode nu = directie().get("/opdrachten/" + id).json();
        assertThat(nu.at("/uren/toegezegd").decimalValue()).isEqualByComparingTo("80");
        assertThat(nu.get("niveau").asText()).isEqualTo("input");
    }

    @Test
    void peildatumTeltUrenVanafDeDagWaaroverZeGaan() {
        uitgegeven("mw-1");
        String id = college("hillegom").post("/opdrachten", aanvraag("Uren in de tijd", "hillegom")).json().get("id").asText();
        directie().post(pad(id, "aanvaardingen"), Map.of());
        int jaar = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        directie().post(pad(id, "toezeggingen"), Map.of("jaar", jaar, "uren", 100));
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate eerder = vandaag.getDayOfYear() > 3 ? vandaag.minusDays(2) : vandaag;
        directie().post(pad(id, "urenregistraties"), Map.of("datum", eerder.toString(), "uren", 3, "medewerker", "mw-1"));
        directie().post(pad(id, "urenregistraties"), Map.of("datum", vandaag.toString(), "uren", 4, "medewerker", "mw-1"));

        assertThat(directie().get("/opdrachten/" + id + "?peildatum=" + vandaag).json().at("/uren/besteed").decimalValue())
                .isEqualByComparingTo("7");
        if (!eerder.equals(vandaag)) {
            // two days ago the opdracht was not yet requested: it did not exist then
            assertThat(directie().get("/opdrachten/" + id + "?peildatum=" + eerder).status()).isEqualTo(404);
        }
        assertThat(directie().get("/opdrachten/" + id + "?peildatum=" + vandaag.minusYears(1)).status()).isEqualTo(404);
    }

    @Test
    void deLijstMetBekendOpToontAlleenWatToenBestond() throws InterruptedException {
        Instant ervoor = Instant.now();
        Thread.sleep(5);
        String id = college("teylingen").post("/opdrachten", aanvraag("Later bekend", "teylingen")).json().get("id").asText();
        JsonNode toen = als("auditor").get("/opdrachten?gemeente=teylingen&paginagrootte=100&bekendOp=" + ervoor).json();
        toen.at("/_embedded/opdrachten").forEach(o -> assertThat(o.get("id").asText()).isNotEqualTo(id));
        JsonNode nu = als("auditor").get("/opdrachten?gemeente=teylingen&paginagrootte=100&bekendOp=" + Instant.now()).json();
        assertThat(nu.at("/_embedded/opdrachten").findValuesAsText("id")).contains(id);
    }
}
