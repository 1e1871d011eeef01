package nl.samenboek.app.opdracht;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.samenboek.app.opdracht.OpdrachtLevenscyclusIT.pad;
import static org.assertj.core.api.Assertions.assertThat;

/** Once a write answered 2xx, every later read, by any client, shows it (docs/architecture.md, the write path). */
class LeesJeSchrijvenIT extends IntegratieTest {

    @Test
    void eenLezingDirectNaEenSchrijfactieToontDie() {
        Klant raad = als("raad", "lisse");
        for (int i = 0; i < 20; i++) {
            Klant.Antwoord aangevraagd = college("lisse").post("/opdrachten", aanvraag("Direct zichtbaar " + i, "lisse"));
            String id = aangevraagd.json().get("id").asText();
            assertThat(raad.get("/opdrachten/" + id).status()).isEqualTo(200);
            assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(200);
            assertThat(raad.get("/opdrachten/" + id).json().get("status").asText()).isEqualTo("aanvaard");
            assertThat(raad.get("/opdrachten?status=aanvaard&paginagrootte=1").json().at("/_embedded/opdrachten/0/id").asText()).isEqualTo(id);
        }
    }
}
