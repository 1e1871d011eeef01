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
 * The authorisation matrix ({@link Autorisatiematrix}) with the instance's own tokens, what no token opens, and the
 * role table against openapi.json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatiematrixIT extends IntegratieTest {

    private static final String EIGENAAR = Autorisatiematrix.EIGENAAR;

    private String opdrachtVanLisse;

    @BeforeAll
    void maakOpdrachtVanLisse() {
        Map<String, Object> maatwerk = new HashMap<>(aanvraag("Maatwerk voor Lisse", EIGENAAR));
        maatwerk.put("soort", "maatwerk");
        opdrachtVanLisse = college(EIGENAAR).post("/opdrachten", maatwerk).json().get("id").asText();
    }

    @TestFactory
    Stream<DynamicTest> elkeRolEnGemeentePerEindpunt() {
        return matrix().elkeRolEnGemeentePerEindpunt().stream();
    }

    private Autorisatiematrix matrix() {
        return new Autorisatiematrix(this::als, opdrachtVanLisse, aanvraag("Matrix", EIGENAAR));
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
                    Autorisatiematrix.assertNoemtGeen(antwoord, "lisse", "teylingen");
                }));
            }
        }
        return gevallen.stream();
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

    private Klant.Antwoord voerUit(Klant klant, Handeling handeling) {
        return matrix().voerUit(klant, handeling, opdrachtVanLisse);
    }

    private Klant.Antwoord voerUit(Klant klant, Handeling handeling, String opdracht) {
        return matrix().voerUit(klant, handeling, opdracht);
    }
}
