package nl.samenboek.app.beveiliging;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Rol;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix, generated from the one table in {@link Handeling}: every endpoint × every role × (for
 * college and raad) every gemeente, against an opdracht of Lisse alone. A role the table does not allow gets 403; a
 * college or raad of another gemeente gets 403 for Lisse's opdracht, in words that do not name Lisse; everything else
 * gets past authorisation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatiematrixIT extends IntegratieTest {

    private static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    private static final String EIGENAAR = "lisse";

    private String opdrachtVanLisse;

    @BeforeAll
    void maakOpdrachtVanLisse() {
        Map<String, Object> maatwerk = new HashMap<>(aanvraag("Maatwerk voor Lisse", EIGENAAR));
        maatwerk.put("soort", "maatwerk");
        opdrachtVanLisse = college(EIGENAAR).post("/opdrachten", maatwerk).json().get("id").asText();
    }

    @TestFactory
    Stream<DynamicTest> elkeRolEnGemeentePerEindpunt() {
        List<DynamicTest> gevallen = new ArrayList<>();
        for (Handeling handeling : Handeling.values()) {
            for (Rol rol : Rol.values()) {
                for (String gemeente : rol.isPerGemeente() ? GEMEENTEN : java.util.Collections.<String>singletonList(null)) {
                    boolean verboden = !handeling.magDoor(rol) || (rol.isPerGemeente() && betreftLisse(handeling) && !EIGENAAR.equals(gemeente))
                            // co-signing and refusing are for the college of *another* concerned gemeente, never the requester
                            || ((handeling == Handeling.MEDEONDERTEKENEN || handeling == Handeling.WEIGEREN) && EIGENAAR.equals(gemeente));
                    gevallen.add(DynamicTest.dynamicTest(handeling + " door " + rol.code() + (gemeente == null ? "" : " van " + gemeente)
                            + (verboden ? " → 403" : " → toegestaan"), () -> {
                        Klant.Antwoord antwoord = voerUit(als(rol.code(), gemeente), handeling);
                        if (verboden) {
                            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(403);
                            assertThat(antwoord.kop("Content-Type")).startsWith("application/problem+json");
                        }
                        if (rol.isPerGemeente() && !EIGENAAR.equals(gemeente) && antwoord.status() >= 400) {
                            assertNoemtGeen(antwoord, EIGENAAR);
                        }
                        if (!verboden) {
                            assertThat(antwoord.status()).as(antwoord.toString()).isNotIn(401, 403).isLessThan(500);
                        }
                    }));
                }
            }
        }
        return gevallen.stream();
    }

    /**
     * A college or raad asking about a joint opdracht of two other gemeenten, on every endpoint about an opdracht:
     * the refusal (or not-found) names neither of them (docs/api.md).
     */
    @TestFactory
    Stream<DynamicTest> eenWeigeringNoemtGeenAndereGemeente() {
        String gezamenlijk = college("lisse").post("/opdrachten", aanvraag("Gezamenlijk van Lisse en Teylingen", "lisse", "teylingen"))
                .json().get("id").asText();
        List<DynamicTest> gevallen = new ArrayList<>();
        for (Handeling handeling : Handeling.values()) {
            if (!handeling.pad().startsWith("/opdrachten/{id}")) {
                continue;
            }
            for (Rol rol : List.of(Rol.COLLEGE, Rol.RAAD)) {
                gevallen.add(DynamicTest.dynamicTest(handeling + " door " + rol.code() + " van hillegom", () -> {
                    Klant.Antwoord antwoord = voerUit(als(rol.code(), "hillegom"), handeling, gezamenlijk);
                    assertThat(antwoord.status()).as(antwoord.toString()).isIn(403, 404);
                    assertNoemtGeen(antwoord, "lisse", "teylingen");
                }));
            }
        }
        return gevallen.stream();
    }

    /** The problem's texts, without {@code instance} (the path the caller sent itself), name none of these gemeenten. */
    private static void assertNoemtGeen(Klant.Antwoord antwoord, String... gemeenten) {
        com.fasterxml.jackson.databind.node.ObjectNode probleem = (com.fasterxml.jackson.databind.node.ObjectNode) antwoord.json();
        probleem.remove("instance");
        String tekst = probleem.toString().toLowerCase(java.util.Locale.ROOT);
        for (String gemeente : gemeenten) {
            assertThat(tekst).as(antwoord.toString()).doesNotContain(gemeente);
        }
    }

    @TestFactory
    Stream<DynamicTest> zonderTokenIsElkEindpuntDicht() {
        return Arrays.stream(Handeling.values()).filter(h -> !h.isPubliek()).map(handeling -> DynamicTest.dynamicTest(handeling + " zonder token → 401", () -> {
            Klant.Antwoord antwoord = voerUit(anoniem(), handeling);
            assertThat(antwoord.status()).isEqualTo(401);
            assertThat(antwoord.kop("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.kop("WWW-Authenticate")).startsWith("Bearer");
        }));
    }

    @Test
    void deTabelDektElkEindpuntVanOpenapiJson() {
        JsonNode openapi = anoniem().get("/openapi.json").json();
        Set<String> gedocumenteerd = new TreeSet<>();
        openapi.get("paths").fields().forEachRemaining(pad -> pad.getValue().fieldNames().forEachRemaining(methode -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(methode)) {
                gedocumenteerd.add(methode.toUpperCase() + " " + pad.getKey());
            }
        }));
        Set<String> inTabel = new TreeSet<>();
        for (Handeling handeling : Handeling.values()) {
            inTabel.add(handeling.methode() + " " + handeling.pad());
        }
        assertThat(inTabel).as("elk eindpunt in openapi.json heeft een rij in de autorisatietabel, en omgekeerd")
                .containsExactlyInAnyOrderElementsOf(gedocumenteerd);
    }

    /** Besides health and openapi.json only the sign-in page's public rows of the table, and the web application's files. */
    @Test
    void alleenGezondheidOpenapiDeAanmeldingEnDeWebbestandenZijnOpenbaar() {
        assertThat(new Klant("http://localhost:" + poort, null).get("/actuator/health").status()).isEqualTo(200);
        assertThat(anoniem().get("/openapi.json").status()).isEqualTo(200);
        assertThat(Arrays.stream(Handeling.values()).filter(Handeling::isPubliek))
                .containsExactlyInAnyOrder(Handeling.AANMELDOPTIES_LEZEN, Handeling.ONTWIKKELTOKEN_MAKEN);
        assertThat(anoniem().get("/aanmeldopties").status()).isEqualTo(200);
        assertThat(anoniem().post("/ontwikkeltokens", Map.of()).status()).as("open, maar zonder rol 400").isEqualTo(400);
        assertThat(new Klant("http://localhost:" + poort, null).get("/web/app.js").status()).isEqualTo(200);
        assertThat(new Klant("http://localhost:" + poort, null).get("/actuator/env").status()).isEqualTo(401);
        assertThat(anoniem().get("/bestaat-niet").status()).isEqualTo(401);
    }

    /** Endpoints about one opdracht or one gemeente: here always Lisse's. */
    private boolean betreftLisse(Handeling handeling) {
        return handeling.pad().startsWith("/opdrachten") || handeling.pad().contains("{gemeente}");
    }

    private Klant.Antwoord voerUit(Klant klant, Handeling handeling) {
        return voerUit(klant, handeling, opdrachtVanLisse);
    }

    private Klant.Antwoord voerUit(Klant klant, Handeling handeling, String opdracht) {
        String pad = handeling.pad().replace("/bijeenkomsten/{id}", "/bijeenkomsten/onbekend").replace("{id}", opdracht).replace("{ingangsdatum}", "2017-01-01")
                .replace("{gemeente}", EIGENAAR)
                .replace("{letter}", "B")
                .replace("{afspraak}", "onbekend").replace("{team}", "matrix").replace("{jaar}", "2030")
                .replace("{soort}", "begroting").replace("{pseudoniem}", "onbekend").replace("{code}", "onbekend");
        if (handeling == Handeling.GROEIMODEL_LEZEN || handeling == Handeling.CAPACITEIT_LEZEN
                || handeling == Handeling.WERKPLANNEN_LEZEN || handeling == Handeling.TARIEVEN_LEZEN) {
            pad += "?jaar=2030";
        }

        if (handeling == Handeling.OPDRACHTEN_ZOEKEN) {
            pad += "?gemeente=" + EIGENAAR;
        }
        return switch (handeling.methode()) {
            case "GET" -> klant.get(pad);
            case "PUT" -> klant.put(pad, handeling == Handeling.VERDEELSLEUTEL_VASTSTELLEN
                    ? Map.of("aandelen", Map.of("hillegom", 1, "lisse", 1, "teylingen", 2)) : Map.of());
            case "POST" -> klant.post(pad, handeling == Handeling.OPDRACHT_AANVRAGEN ? aanvraag("Matrix", EIGENAAR) : Map.of());
            case "DELETE" -> klant.stuur("DELETE", pad, null, null);
            default -> throw new IllegalArgumentException(handeling.methode());
        };
    }
}
