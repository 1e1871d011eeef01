package nl.samenboek.app.aanbeveling;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import nl.samenboek.messages.Peilmoment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joint meetings of colleges (A) and raden (E) as the nota asks for them (docs/uitvoeringsagenda.md): only a meeting of
 * every gemeente counts (voltallig), a meeting still to come is planned and counts from its date, the bestuur may cancel
 * it, and a meeting of the raden belongs to a P&C moment. The meetings are shared by all integration tests, so every
 * scenario keeps to a year of its own.
 */
class BijeenkomstenIT extends IntegratieTest {

    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    /** Acceptance, voltallig: a colleges' meeting of two gemeenten does not count for A; one of all three does. */
    @Test
    void eenCollegevergaderingVanTweeGemeentenTeltNietVoorAEenVanAlleDrieWel() {
        JsonNode twee = leg("gezamenlijke-colleges", "2024-11-20", List.of("hillegom", "lisse"), "Eigenaarschap HLTsamen", null);
        assertThat(twee.get("voltallig").asBoolean()).isFalse();
        assertThat(twee.get("status").asText()).isEqualTo("gehouden");
        assertThat(terugkerend("A", "2024-12-31").get("gehouden").asInt()).as("niet voltallig: telt niet").isZero();

        JsonNode drie = leg("gezamenlijke-colleges", "2024-12-10", List.of("teylingen", "lisse", "hillegom"), "Opdrachtgeverschap", null);
        assertThat(drie.get("voltallig").asBoolean()).isTrue();
        assertThat(drie.get("gemeenten")).hasSize(3);
        assertThat(terugkerend("A", "2024-12-31").get("gehouden").asInt()).isEqualTo(1);
        assertThat(als("raad", "teylingen").get("/bijeenkomsten/" + twee.get("id").asText()).json().get("voltallig").asBoolean()).isFalse();
    }

    /** Planned: a meeting with a date to come is gepland, counts once its date has passed, and can be cancelled before. */
    @Test
    void eenGeplandeBijeenkomstTeltVanafHaarDatumEnKanWordenGeannuleerd() {
        JsonNode gepland = leg("gezamenlijke-colleges", "2039-02-15", DRIE, "Eigenaarschap 2039", null);
        String id = gepland.get("id").asText();
        assertThat(gepland.get("status").asText()).isEqualTo("gepland");
        assertThat(gepland.get("annulering").isNull()).isTrue();
        assertThat(als("auditor").get("/bijeenkomsten/" + id + "?peildatum=2039-02-14").json().get("status").asText()).isEqualTo("gepland");
        assertThat(als("auditor").get("/bijeenkomsten/" + id + "?peildatum=2039-02-15").json().get("status").asText()).isEqualTo("gehouden");
        String gisteren = LocalDate.now(Peilmoment.ZONE).minusDays(1).toString();
        assertThat(als("auditor").get("/bijeenkomsten/" + id + "?peildatum=" + gisteren).status()).as("nog niet gepland").isEqualTo(404);
        assertThat(terugkerend("A", "2039-02-14").get("gehouden").asInt()).isZero();
        assertThat(terugkerend("A", "2039-02-15").get("gehouden").asInt()).isEqualTo(1);

        String tweede = leg("gezamenlijke-colleges", "2039-03-01", DRIE, "Opdrachtgeverschap 2039", null).get("id").asText();
        String annuleren = "/bijeenkomsten/" + tweede + "/annuleringen";
        assertThat(als("directie").post(annuleren, Map.of("reden", "x")).status()).isEqualTo(403);
        Klant.Antwoord zonderReden = als("bestuur").post(annuleren, Map.of());
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.ongeldigeVelden()).containsExactly("reden");
        Klant.Antwoord geannuleerd = als("bestuur").post(annuleren, Map.of("reden", "Samengevoegd met de bijeenkomst van februari"));
        assertThat(geannuleerd.status()).as(geannuleerd.toString()).isEqualTo(200);
        assertThat(geannuleerd.json().get("status").asText()).isEqualTo("geannuleerd");
        assertThat(geannuleerd.json().at("/annulering/reden").asText()).isEqualTo("Samengevoegd met de bijeenkomst van februari");
        assertThat(terugkerend("A", "2039-12-31").get("gehouden").asInt()).as("een geannuleerde telt nooit").isEqualTo(1);
        weigert(als("bestuur").post(annuleren, Map.of("reden", "Nog eens")), "bijeenkomst.geannuleerd-is-definitief");

        String gehouden = leg("gezamenlijke-raden", "2023-05-01", DRIE, "Kennisdeling", null).get("id").asText();
        weigert(als("bestuur").post("/bijeenkomsten/" + gehouden + "/annuleringen", Map.of("reden", "Achteraf")),
                "bijeenkomst.gehouden-is-definitief");
        assertThat(als("bestuur").post("/bijeenkomsten/bestaat-niet/annuleringen", Map.of("reden", "x")).status()).isEqualTo(404);
    }

    /** E: a meeting of the raden may carry its P&C moment, and the P&C document of that year lists the joint meetings. */
    @Test
    void eenBijeenkomstVanDeRadenHoortBijEenPcMomentEnStaatInHetPcDocument() {
        leg("gezamenlijke-raden", "2038-04-10", DRIE, "Voorjaarsnota 2038: gemeenschappelijke opgaven", "voorjaarsnota");
        leg("gezamenlijke-raden", "2038-10-01", List.of("lisse", "hillegom"), "Begroting 2039", "begroting");
        Klant.Antwoord colleges = als("bestuur").post("/bijeenkomsten", verzoek("gezamenlijke-colleges", "2038-05-01", DRIE, "x", "kadernota"));
        assertThat(colleges.status()).isEqualTo(400);
        assertThat(colleges.ongeldigeVelden()).containsExactly("pcMoment");
        Klant.Antwoord onbekend = als("bestuur").post("/bijeenkomsten", verzoek("gezamenlijke-raden", "2038-05-01", DRIE, "x", "zomernota"));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.ongeldigeVelden()).contains("pcMoment");
        assertThat(terugkerend("E", "2038-12-31").get("gehouden").asInt()).as("alleen de voltallige").isEqualTo(1);

        JsonNode lisse = college("lisse").get("/pc-documenten/lisse/2038/begroting").json().get("gezamenlijkeBijeenkomsten");
        assertThat(lisse).hasSize(2);
        assertThat(lisse.get(0).get("datum").asText()).isEqualTo("2038-04-10");
        assertThat(lisse.get(0).get("pcMoment").asText()).isEqualTo("voorjaarsnota");
        assertThat(lisse.get(0).get("status").asText()).isEqualTo("gepland");
        assertThat(lisse.get(0).get("voltallig").asBoolean()).isTrue();
        assertThat(lisse.get(1).get("voltallig").asBoolean()).isFalse();
        JsonNode teylingen = als("raad", "teylingen").get("/pc-documenten/teylingen/2038/begroting?peildatum=2038-12-31").json()
                .get("gezamenlijkeBijeenkomsten");
        assertThat(teylingen).hasSize(1);
        assertThat(teylingen.get(0).get("status").asText()).isEqualTo("gehouden");
        Klant.Antwoord csv = college("lisse").met("Accept", "text/csv").get("/pc-documenten/lisse/2038/begroting");
        assertThat(csv.tekst()).contains("gezamenlijke bijeenkomst;datum;onderwerp;pc-moment;status;voltallig").contains("voorjaarsnota");
        Klant.Antwoord html = college("lisse").met("Accept", "text/html").get("/pc-documenten/lisse/2038/begroting");
        assertThat(html.tekst()).contains("id=\"gezamenlijke-bijeenkomsten\"").contains("Voorjaarsnota 2038");
    }

    private JsonNode leg(String soort, String datum, List<String> gemeenten, String onderwerp, String pcMoment) {
        Klant.Antwoord antwoord = als("bestuur").post("/bijeenkomsten", verzoek(soort, datum, gemeenten, onderwerp, pcMoment));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    private static Map<String, Object> verzoek(String soort, String datum, List<String> gemeenten, String onderwerp, String pcMoment) {
        Map<String, Object> verzoek = new HashMap<>(Map.of("soort", soort, "datum", datum, "gemeenten", gemeenten, "onderwerp", onderwerp));
        if (pcMoment != null) {
            verzoek.put("pcMoment", pcMoment);
        }
        return verzoek;
    }

    private JsonNode terugkerend(String letter, String peildatum) {
        for (JsonNode regel : als("auditor").get("/uitvoeringsagenda?peildatum=" + peildatum).json().get("aanbevelingen")) {
            if (regel.get("letter").asText().equals(letter)) {
                return regel.get("terugkerend");
            }
        }
        throw new AssertionError("geen aanbeveling " + letter);
    }

    private static void weigert(Klant.Antwoord antwoord, String regel) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(409);
        assertThat(antwoord.json().get("regel").asText()).isEqualTo(regel);
    }
}
