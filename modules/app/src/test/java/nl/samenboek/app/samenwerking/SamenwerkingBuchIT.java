package nl.samenboek.app.samenwerking;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.Applicatieproces;
import nl.samenboek.app.Klant;
import nl.samenboek.ledger.grootboek.Ketencontrole;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.ledger.overdracht.Exportbestand;
import nl.samenboek.messages.Peilmoment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another samenwerking by configuration alone (docs/samenwerking.md): samenboek started as a process with
 * {@code SAMENBOEK_SAMENWERKING=buch} serves Bergen, Uitgeest, Castricum and Heiloo with their verdeelsleutel by inwoners
 * (29,913 : 13,488 : 35,439 : 23,003; Berenschot 2019), without the uitvoeringsagenda of HLTsamen, and no answer names
 * HLTsamen. A joint opdracht of Castricum and Heiloo of 1,000 hours is split by the key among the two:
 * 1,000 × 35,439 / 58,442 = 606.40 (Castricum) and 1,000 × 23,003 / 58,442 = 393.60 (Heiloo). Then Uitgeest leaves
 * today: a new opdracht naming it is refused and its grootboek still verifies; and a gemeente joins with its weight.
 */
class SamenwerkingBuchIT {

    @Test
    void buchDraaitVanBeginTotEind(@TempDir Path map) throws Exception {
        try (Applicatieproces buch = new Applicatieproces(map.resolve("buch")).met("SAMENBOEK_SAMENWERKING", "buch").start()) {
            List<String> antwoorden = new ArrayList<>();
            Klant beheerder = buch.als("beheerder", null);

            Klant.Antwoord gemeenten = beheerder.get("/gemeenten");
            antwoorden.add(gemeenten.tekst());
            assertThat(gemeenten.json().findValuesAsText("code")).containsExactly("bergen", "castricum", "heiloo", "uitgeest");
            assertThat(gemeenten.json().get(0).get("inwoners").asInt()).isEqualTo(29_913);

            Klant castricum = buch.als("college", "castricum");
            Klant.Antwoord aangevraagd = castricum.post("/opdrachten", aanvraag("Gezamenlijk handhavingsbeleid", "castricum", "heiloo"));
            assertThat(aangevraagd.status()).as(aangevraagd.toString()).isEqualTo(201);
            String id = aangevraagd.json().get("id").asText();
            assertThat(buch.als("college", "heiloo").post("/opdrachten/" + id + "/medeondertekeningen", Map.of()).status()).isEqualTo(200);
            Klant directie = buch.als("directie", null);
            assertThat(directie.post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
            int jaar = Peilmoment.vandaag(java.time.Clock.systemUTC()).getYear();
            assertThat(directie.post("/opdrachten/" + id + "/toezeggingen", Map.of("jaar", jaar, "uren", 1000)).status()).isEqualTo(200);

            Klant.Antwoord capaciteit = directie.get("/capaciteit?jaar=" + jaar);
            antwoorden.add(capaciteit.tekst());
            Map<String, BigDecimal> toegezegd = new LinkedHashMap<>();
            capaciteit.json().get("gemeenten").forEach(g -> toegezegd.put(g.get("gemeente").asText(), g.get("toegezegdeUren").decimalValue()));
            assertThat(toegezegd.get("castricum")).isEqualByComparingTo("606.40");
            assertThat(toegezegd.get("heiloo")).isEqualByComparingTo("393.60");
            assertThat(toegezegd.get("bergen")).isEqualByComparingTo("0");

            Klant raadHeiloo = buch.als("raad", "heiloo");
            Klant.Antwoord begroting = raadHeiloo.get("/pc-documenten/heiloo/" + jaar + "/begroting");
            assertThat(begroting.status()).as(begroting.toString()).isEqualTo(200);
            assertThat(begroting.json().get("titel").asText()).startsWith("BUCH in de begroting " + jaar);
            antwoorden.add(begroting.tekst());
            antwoorden.add(raadHeiloo.met("Accept", "text/html").get("/pc-documenten/heiloo/" + jaar + "/begroting").tekst());
            antwoorden.add(raadHeiloo.met("Accept", "text/csv").get("/pc-documenten/heiloo/" + jaar + "/begroting").tekst());
            antwoorden.add(raadHeiloo.get("/opdrachten/" + id).tekst());
            antwoorden.add(raadHeiloo.get("/uitvoeringsagenda").tekst());
            antwoorden.add(raadHeiloo.get("/groeimodel?jaar=" + jaar + "&gemeente=heiloo").tekst());
            antwoorden.add(raadHeiloo.get("/signalen").tekst());
            antwoorden.add(buch.anoniem().get("/api/v1/openapi.json").tekst());
            assertThat(antwoorden).allSatisfy(tekst -> assertThat(tekst.toLowerCase()).doesNotContain("hltsamen").doesNotContain("hillegom"));
            assertThat(buch.anoniem().get("/api/v1/openapi.json").tekst()).contains("BUCH: Bergen, Uitgeest, Castricum, Heiloo");

            // Uitgeest leaves today: from today on no new opdracht names it, and its grootboek still verifies
            String vandaag = Peilmoment.vandaag(java.time.Clock.systemUTC()).toString();
            Klant.Antwoord uitgetreden = beheerder.post("/gemeenten/uitgeest/uittredingen", Map.of("datum", vandaag));
            assertThat(uitgetreden.status()).as(uitgetreden.toString()).isEqualTo(200);
            assertThat(uitgetreden.json().get("uitgetredenOp").asText()).isEqualTo(vandaag);
            Klant.Antwoord geweigerd = buch.als("college", "bergen").post("/opdrachten", aanvraag("Samen met Uitgeest", "bergen", "uitgeest"));
            assertThat(geweigerd.status()).as(geweigerd.toString()).isEqualTo(409);
            assertThat(geweigerd.json().get("regel").asText()).isEqualTo("samenwerking.gemeente-uitgetreden");
            assertThat(beheerder.get("/gemeenten").json().findValuesAsText("code")).containsExactly("bergen", "castricum", "heiloo");
            assertThat(buch.als("auditor", null).get("/audit/gemeenten/uitgeest/verificatie").json().get("geldig").asBoolean()).isTrue();
            byte[] export = buch.als("auditor", null).bytes("/audit/gemeenten/uitgeest/export");
            Ketencontrole keten = new Ketencontrole("uitgeest");
            Exportbestand.lees(new ByteArrayInputStream(export), regel -> keten.controleer(regel), gelezen -> { });
            Verificatie offline = keten.uitkomst();
            assertThat(offline.geldig()).as(String.valueOf(offline.eersteFout())).isTrue();
            assertThat(offline.aantal()).as("toetreding, verdeelsleutels, uittreding").isGreaterThanOrEqualTo(3);
            JsonNode sleutel = beheerder.get("/verdeelsleutels").json();
            assertThat(sleutel.get(sleutel.size() - 1).get("aandelen").has("uitgeest")).isFalse();

            // a gemeente joins next year with its weight; 'samenwerking' is no gemeente
            String volgendJaar = LocalDate.parse(vandaag).plusYears(1).withDayOfYear(1).toString();
            Klant.Antwoord toegetreden = beheerder.post("/gemeenten", Map.of("code", "schagen", "naam", "Schagen", "inwoners", 47_000,
                    "ingangsdatum", volgendJaar, "aandeel", 47_000));
            assertThat(toegetreden.status()).as(toegetreden.toString()).isEqualTo(201);
            assertThat(toegetreden.kop("Location")).endsWith("/gemeenten/schagen");
            JsonNode sleutels = beheerder.get("/verdeelsleutels").json();
            assertThat(sleutels.get(sleutels.size() - 1).get("ingangsdatum").asText()).isEqualTo(volgendJaar);
            assertThat(sleutels.get(sleutels.size() - 1).get("aandelen").get("schagen").asInt()).isEqualTo(47_000);
            Klant.Antwoord gereserveerd = beheerder.post("/gemeenten", Map.of("code", "samenwerking", "naam", "Samenwerking",
                    "ingangsdatum", volgendJaar, "aandeel", 1));
            assertThat(gereserveerd.status()).isEqualTo(400);
            assertThat(gereserveerd.ongeldigeVelden()).contains("code");
        }
    }

    private static Map<String, Object> aanvraag(String titel, String... gemeenten) {
        return new LinkedHashMap<>(Map.of("titel", titel, "omschrijving", "Omschrijving van " + titel, "gemeenten", List.of(gemeenten),
                "categorie", "beleid", "soort", "standaard", "taakveld", "0.1", "team", "handhaving",
                "begrotingsjaar", Peilmoment.vandaag(java.time.Clock.systemUTC()).getYear(), "geraamdeUren", 1000));
    }
}
