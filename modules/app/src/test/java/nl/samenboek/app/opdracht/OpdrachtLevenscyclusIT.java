package nl.samenboek.app.opdracht;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lifecycle step (docs/api.md), through HTTP with the right role; each is an event in PostgreSQL and in gebeurtenissen. */
class OpdrachtLevenscyclusIT extends IntegratieTest {

    @Test
    void eenGezamenlijkeOpdrachtDoorlooptDeHeleLevenscyclus() {
        uitgegeven("mw-0001");
        Klant hillegom = college("hillegom");
        Klant.Antwoord aangevraagd = hillegom.post("/opdrachten", aanvraag("Omgevingsvisie HLT", "hillegom", "lisse", "teylingen"));
        assertThat(aangevraagd.status()).as(aangevraagd.toString()).isEqualTo(201);
        String id = aangevraagd.json().get("id").asText();
        assertThat(aangevraagd.kop("Location")).isEqualTo("/api/v1/opdrachten/" + id);
        assertThat(aangevraagd.kop("ETag")).isEqualTo("\"1\"");
        assertThat(aangevraagd.json().get("status").asText()).isEqualTo("wacht-op-medeondertekening");

        assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(409);
        stap(college("lisse"), pad(id, "medeondertekeningen"), Map.of(), "wacht-op-medeondertekening", 2);
        stap(college("teylingen"), pad(id, "medeondertekeningen"), Map.of(), "aangevraagd", 3);
        stap(directie(), pad(id, "aanvaardingen"), Map.of(), "aanvaard", 4);
        stap(directie(), pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 400,
                "verdeling", Map.of("hillegom", 100, "lisse", 100, "teylingen", 200)), "aanvaard", 5);
        stap(directie(), pad(id, "urenregistraties"), Map.of("datum", "2025-02-03", "uren", 7.5, "medewerker", "mw-0001"), "aanvaard", 6);
        Klant.Antwoord doorLisse = college("lisse").post(pad(id, "wijzigingen"), Map.of("geraamdeUren", 450, "reden", "Extra ronde"));
        assertThat(doorLisse.status()).as("alleen het aanvragende college wijzigt een gezamenlijke opdracht").isEqualTo(403);
        assertThat(doorLisse.json().get("regel").asText()).isEqualTo("opdracht.alleen-aanvrager");
        stap(hillegom, pad(id, "wijzigingen"), Map.of("geraamdeUren", 450, "reden", "Extra participatieronde"), "aanvaard", 7);
        stap(directie(), pad(id, "afrondingen"), Map.of(), "afgerond", 8);

        JsonNode opdracht = hillegom.get("/opdrachten/" + id).json();
        assertThat(opdracht.get("versie").asLong()).isEqualTo(8);
        assertThat(opdracht.get("niveau").asText()).isEqualTo("input");
        assertThat(opdracht.at("/uren/geraamd").decimalValue()).isEqualByComparingTo("450");
        assertThat(opdracht.at("/uren/toegezegd").decimalValue()).isEqualByComparingTo("400");
        assertThat(opdracht.at("/uren/besteed").decimalValue()).isEqualByComparingTo("7.5");

        List<String> verwacht = List.of("OpdrachtAangevraagd", "OpdrachtMedeondertekend", "OpdrachtMedeondertekend",
                "OpdrachtAanvaard", "UrenToegezegd", "UrenGeregistreerd", "OpdrachtGewijzigd", "OpdrachtAfgerond");
        assertThat(typenUitApi(hillegom, id)).containsExactlyElementsOf(verwacht);
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class, id)).extracting(t -> t.substring(t.lastIndexOf('.') + 1)).containsExactlyElementsOf(verwacht);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT gemeente) FROM grootboek g JOIN domain_event_entry e "
                + "ON e.event_identifier = g.event_identifier WHERE e.aggregate_identifier = ?", Integer.class, id)).isEqualTo(3);
    }

    @Test
    void eenOpdrachtWordtAfgewezenMetReden() {
        String id = college("lisse").post("/opdrachten", aanvraag("Afgewezen plan", "lisse")).json().get("id").asText();
        stap(directie(), pad(id, "afwijzingen"), Map.of("reden", "Valt buiten het werkplan"), "afgewezen", 2);
        JsonNode opdracht = college("lisse").get("/opdrachten/" + id).json();
        assertThat(opdracht.get("afwijzingsreden").asText()).isEqualTo("Valt buiten het werkplan");
        assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void eenCollegeTrektZijnOpdrachtIn() {
        String id = college("teylingen").post("/opdrachten", aanvraag("Ingetrokken plan", "teylingen")).json().get("id").asText();
        stap(college("teylingen"), pad(id, "intrekkingen"), Map.of("reden", "Niet meer nodig"), "ingetrokken", 2);
        assertThat(directie().post(pad(id, "aanvaardingen"), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void eenLatereToezeggingVoorHetzelfdeJaarVervangtDeEerdere() {
        String id = aanvaardeOpdracht("lisse");
        stap(directie(), pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 100), "aanvaard", 3);
        stap(directie(), pad(id, "toezeggingen"), Map.of("jaar", 2025, "uren", 60), "aanvaard", 4);
        stap(directie(), pad(id, "toezeggingen"), Map.of("jaar", 2026, "uren", 40), "aanvaard", 5);
        JsonNode opdracht = directie().get("/opdrachten/" + id).json();
        assertThat(opdracht.at("/uren/toegezegd").decimalValue()).isEqualByComparingTo("100");
        assertThat(opdracht.get("toezeggingen")).hasSize(2);
    }

    @Test
    void deAanvraagStaatVervolgensInDeLijstMetFilters() {
        String id = college("hillegom").post("/opdrachten", aanvraag("Gefilterde opdracht", "hillegom")).json().get("id").asText();
        JsonNode lijst = als("auditor").get("/opdrachten?gemeente=hillegom&begrotingsjaar=2025&status=aangevraagd&categorie=beleid&paginagrootte=100").json();
        List<String> ids = new ArrayList<>();
        lijst.at("/_embedded/opdrachten").forEach(o -> ids.add(o.get("id").asText()));
        assertThat(ids).contains(id);
        assertThat(lijst.get("totaal").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(lijst.at("/_links/self/href").asText()).contains("pagina=1");
        JsonNode andereStatus = als("auditor").get("/opdrachten?status=afgerond&paginagrootte=100").json();
        andereStatus.at("/_embedded/opdrachten").forEach(o -> assertThat(o.get("id").asText()).isNotEqualTo(id));
    }

    private String aanvaardeOpdracht(String gemeente) {
        String id = college(gemeente).post("/opdrachten", aanvraag("Aanvaard " + gemeente, gemeente)).json().get("id").asText();
        stap(directie(), pad(id, "aanvaardingen"), Map.of(), "aanvaard", 2);
        return id;
    }

    private static void stap(Klant klant, String pad, Object lichaam, String status, long versie) {
        Klant.Antwoord antwoord = klant.post(pad, lichaam);
        assertThat(antwoord.status()).as(pad + " → " + antwoord).isBetween(200, 201);
        assertThat(antwoord.json().get("status").asText()).isEqualTo(status);
        assertThat(antwoord.json().get("versie").asLong()).isEqualTo(versie);
        assertThat(antwoord.kop("ETag")).isEqualTo("\"" + versie + "\"");
    }

    private static List<String> typenUitApi(Klant klant, String id) {
        List<String> typen = new ArrayList<>();
        klant.get("/opdrachten/" + id + "/gebeurtenissen?paginagrootte=100").json().at("/_embedded/gebeurtenissen")
                .forEach(g -> typen.add(g.get("type").asText()));
        return typen;
    }

    static String pad(String id, String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }
}
