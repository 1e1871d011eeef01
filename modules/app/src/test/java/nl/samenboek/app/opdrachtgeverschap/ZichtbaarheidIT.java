package nl.samenboek.app.opdrachtgeverschap;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A college or raad never receives a title, reason or id of an opdracht that concerns none of its gemeente, in any
 * answer: every GET of openapi.json, asked by Hillegom's raad and college, about a Lisse-only opdracht that shows up in
 * signals, capacity, the agenda and its own resources (docs/signalen.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZichtbaarheidIT extends IntegratieTest {

    private final String merk = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "geheim-" + merk;
    private final List<String> geheimen = new ArrayList<>();
    private String id;
    private String afspraak;

    @BeforeAll
    void eenOpdrachtVanAlleenLisse() {
        uitgegeven("mw-geheim");
        Klant directie = directie();
        assertThat(directie.put("/werkplannen/" + team + "/2026", Map.of("capaciteit", 10)).status()).isEqualTo(200);
        Map<String, Object> aanvraag = new HashMap<>(aanvraag("Geheime titel " + merk, "lisse"));
        aanvraag.put("team", team);
        aanvraag.put("begrotingsjaar", 2026);
        aanvraag.put("aanbevelingen", List.of("V"));
        aanvraag.put("opleverdatum", "2026-02-01");
        id = college("lisse").post("/opdrachten", aanvraag).json().get("id").asText();
        ok(directie.post(pad("aanvaardingen"), Map.of()));
        ok(directie.post(pad("toezeggingen"), Map.of("jaar", 2026, "uren", 20, "overschrijding", "Overschrijdingsreden " + merk)));
        ok(directie.post(pad("urenregistraties"), Map.of("datum", "2026-01-05", "uren", 23, "medewerker", "mw-geheim")));
        ok(college("lisse").post(pad("wijzigingen"), Map.of("omschrijving", "Nieuw", "reden", "Wijzigingsreden " + merk)));
        afspraak = college("lisse").post(pad("outputafspraken"), Map.of("indicator", "Geheime indicator " + merk, "eenheid", "stuks",
                "streefwaarde", 5, "meetmoment", "2026-03-01", "bron", "RIS")).json().get("id").asText();
        ok(directie.post(pad("outputrealisaties"), Map.of("afspraak", afspraak, "waarde", 1, "peildatum", "2026-03-01")));
        geheimen.addAll(List.of(id, "Geheime titel " + merk, "Overschrijdingsreden " + merk, "Wijzigingsreden " + merk,
                "Geheime indicator " + merk));

        // the directie does see it everywhere: the answers below are about something
        List<String> soorten = new ArrayList<>();
        directie.get("/signalen?paginagrootte=100").json().at("/_embedded/signalen").forEach(s -> {
            if (id.equals(s.path("opdracht").asText())) {
                soorten.add(s.get("soort").asText());
            }
        });
        assertThat(soorten).contains("oplevering-te-laat", "herkomst-ontbreekt", "uren-overschrijding", "resultaat-onder-streefwaarde");
        assertThat(directie.get("/capaciteit?jaar=2026").tekst()).contains("Overschrijdingsreden " + merk);
        assertThat(directie.get("/uitvoeringsagenda").tekst()).contains(id);
    }

    @Test
    void deRaadEnHetCollegeVanHillegomZienNietsVanDeOpdrachtVanLisse() {
        JsonNode paden = anoniem().get("/openapi.json").json().get("paths");
        List<String> gevraagd = new ArrayList<>();
        for (Klant hillegom : List.of(als("raad", "hillegom"), college("hillegom"))) {
            paden.fieldNames().forEachRemaining(pad -> {
                if (!paden.get(pad).has("get")) {
                    return;
                }
                String url = pad.replace("{id}", pad.startsWith("/opdrachten/") ? id : "onbekend").replace("{afspraak}", afspraak).replace("{gemeente}", "hillegom")
                        .replace("{jaar}", "2026").replace("{soort}", "jaarrekening").replace("{letter}", "V").replace("{team}", team)
                        .replace("{pseudoniem}", "mw-geheim").replace("{code}", "lisse") + "?jaar=2026&paginagrootte=100";
                Klant.Antwoord antwoord = hillegom.get(url);
                gevraagd.add(url + " → " + antwoord.status());
                // a refusal names the path that was asked for in 'instance': an echo of the request, not something shown
                String tekst = antwoord.tekst().replace("\"instance\":\"/api/v1" + url.substring(0, url.indexOf('?')) + "\"", "");
                for (String geheim : geheimen) {
                    assertThat(tekst).as(url + " toont Hillegom iets van een opdracht van alleen Lisse").doesNotContain(geheim);
                }
            });
        }
        assertThat(gevraagd).anyMatch(g -> g.startsWith("/signalen") && g.endsWith("200"))
                .anyMatch(g -> g.startsWith("/capaciteit") && g.endsWith("200"))
                .anyMatch(g -> g.startsWith("/uitvoeringsagenda") && g.endsWith("200"));
    }

    @Test
    void eenTeamsignaalTeltDeOpdrachtWelMee() {
        JsonNode signalen = als("raad", "hillegom").get("/signalen?paginagrootte=100").json().at("/_embedded/signalen");
        List<JsonNode> vanHetTeam = new ArrayList<>();
        signalen.forEach(s -> {
            if (team.equals(s.path("team").asText()) && s.path("opdracht").isNull()) {
                vanHetTeam.add(s);
            }
        });
        assertThat(vanHetTeam).anySatisfy(s -> {
            assertThat(s.get("soort").asText()).isEqualTo("team-boven-capaciteit");
            assertThat(s.get("aantal").asInt()).isEqualTo(1);
            assertThat(s.get("opdrachten")).isEmpty();
        });
    }

    private String pad(String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.tekst()).isBetween(200, 201);
    }
}
