package nl.samenboek.app.metrieken;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} on the application's own port (docs/operations.md, "Metrieken en alarmen"): for the
 * beheerder only, with every metric an operator alerts on.
 */
class MetriekenIT extends IntegratieTest {

    private Klant beheer(String rol) {
        return new Klant("http://localhost:" + poort, rol == null ? null : token(rol, "college".equals(rol) || "raad".equals(rol) ? "lisse" : null));
    }

    @Test
    void deBeheerderLeestElkeMetriek() {
        // a command that succeeds, one that is refused, an idempotent repeat, a 404
        Map<String, Object> aanvraag = aanvraag("Metrieken", "lisse");
        String sleutel = UUID.randomUUID().toString();
        Klant.Antwoord aangevraagd = college("lisse").met("Idempotency-Key", sleutel).post("/opdrachten", aanvraag);
        assertThat(aangevraagd.status()).as(aangevraagd.toString()).isEqualTo(201);
        assertThat(college("lisse").met("Idempotency-Key", sleutel).post("/opdrachten", aanvraag).status()).isEqualTo(201);
        String id = aangevraagd.json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(409);
        assertThat(directie().get("/opdrachten/" + UUID.randomUUID()).status()).isEqualTo(404);

        Klant.Antwoord metrieken = beheer("beheerder").get("/actuator/prometheus");
        assertThat(metrieken.status()).as(metrieken.toString()).isEqualTo(200);
        String tekst = metrieken.tekst();
        assertThat(tekst).containsPattern("samenboek_commando_seconds_count\\{[^}]*type=\"VraagOpdrachtAan\"[^}]*uitkomst=\"geslaagd\"[^}]*}")
                .containsPattern("samenboek_commando_seconds_count\\{[^}]*type=\"AanvaardOpdracht\"[^}]*uitkomst=\"geweigerd\"[^}]*}")
                .containsPattern("samenboek_projectie_lag\\{projectie=\"projectie-opdrachten\"} \\d")
                .containsPattern("samenboek_projectie_storing\\{projectie=\"projectie-opdrachten\"} 0")
                .containsPattern("samenboek_grootboek_hoofd\\{gemeente=\"lisse\"} [1-9]")
                .containsPattern("samenboek_idempotentie_treffers_total [1-9]")
                .contains("samenboek_leesmodellen_achter 0")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/api/v1/opdrachten/\\{id}\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"409\"[^}]*uri=\"/api/v1/opdrachten/\\{id}/aanvaardingen\"");
        System.out.println("Metrieken: " + tekst.lines().filter(r -> r.startsWith("samenboek_")).count() + " regels samenboek_*, "
                + tekst.lines().filter(r -> r.startsWith("http_server_requests_seconds_count")).count() + " regels http_server_requests");
    }

    @Test
    void andereRollenKrijgen403EnZonderToken401() {
        for (String rol : new String[]{"college", "raad", "directie", "bestuur", "auditor"}) {
            Klant.Antwoord antwoord = beheer(rol).get("/actuator/prometheus");
            assertThat(antwoord.status()).as(rol + ": " + antwoord).isEqualTo(403);
            assertThat(antwoord.tekst()).doesNotContain("samenboek_");
        }
        assertThat(beheer(null).get("/actuator/prometheus").status()).isEqualTo(401);
    }
}
