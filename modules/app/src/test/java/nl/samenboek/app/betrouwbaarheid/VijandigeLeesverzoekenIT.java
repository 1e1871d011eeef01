package nl.samenboek.app.betrouwbaarheid;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Rol;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extreme input on every endpoint of openapi.json (docs/reliability.md): every path parameter and every query
 * parameter it documents gets huge, negative, malformed and overlong values, every GET gets odd Accept headers, and
 * every POST and PUT a body nested thousands deep. No answer may be a 5xx: what is not understood is a 4xx
 * problem+json. Sent by a role that may use the endpoint, so the input itself is what is judged.
 */
class VijandigeLeesverzoekenIT extends IntegratieTest {

    // 2147483647: pagina × paginagrootte overflowed an int and gave 500 on /signalen, /bijeenkomsten and /metingen
    private static final List<String> WAARDEN = List.of("99999999999999999999999999", "-9223372036854775809", "1e999999999",
            "-1", "", "%00", "..%2F..%2F", "a".repeat(3000), "2026-02-30", "+999999999-12-31",
            "0000-00-00T00:00:00Z", "%E2%80%AE", "2147483647", "%F0%9F%98%80");
    private static final List<String> GETALLEN = List.of("1e999999999", "1E-999999999", "9".repeat(5000));
    private static final List<String> ACCEPT = List.of("application/json;q=abc", "*/*;q=0", "image/png", ";;;",
            "application/json, application/pdf;q=2", "text/csv;charset=nope", "x".repeat(2000), "application/pdf");

    @Test
    void geenExtremeInvoerGeeftEen5xx() {
        JsonNode paden = anoniem().get("/openapi.json").json().get("paths");
        Map<String, String> fouten = new TreeMap<>();
        int verzoeken = 0;
        for (Handeling handeling : Handeling.values()) {
            JsonNode operatie = paden.path(handeling.pad()).path(handeling.methode().toLowerCase());
            List<String> padparameters = new ArrayList<>();
            List<String> queryparameters = new ArrayList<>();
            operatie.path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    padparameters.add(p.path("name").asText());
                } else if ("query".equals(p.path("in").asText())) {
                    queryparameters.add(p.path("name").asText());
                }
            });
            Verzender klant = klantVoor(handeling);
            for (String waarde : WAARDEN) {
                for (String padparameter : padparameters) {
                    String pad = geldigPad(handeling).replace("{" + padparameter + "}", waarde);
                    verzoeken++;
                    controleer(fouten, handeling + " " + padparameter + "=" + kort(waarde), stuur(klant, handeling, vul(pad), null));
                }
                if (handeling.methode().equals("GET")) {
                    for (String queryparameter : queryparameters) {
                        String pad = vul(geldigPad(handeling)) + "?" + queryparameter + "=" + waarde;
                        verzoeken++;
                        controleer(fouten, handeling + " ?" + queryparameter + "=" + kort(waarde), stuur(klant, handeling, pad, null));
                    }
                }
            }
            if (handeling.methode().equals("GET")) {
                for (String accept : ACCEPT) {
                    verzoeken++;
                    controleer(fouten, handeling + " Accept: " + kort(accept),
                            stuur(klant.met("Accept", accept), handeling, vul(geldigPad(handeling)), null));
                }
            } else if (!handeling.methode().equals("DELETE")) {
                for (String getal : GETALLEN) {
                    verzoeken++;
                    controleer(fouten, handeling + " getal " + getal, stuur(klant, handeling, vul(geldigPad(handeling)),
                            "{\"uren\":" + getal + ",\"jaar\":" + getal + ",\"geraamdeUren\":" + getal + ",\"tarief\":" + getal
                                    + ",\"aandelen\":{\"lisse\":" + getal + "},\"streefwaarde\":" + getal + ",\"waarde\":" + getal
                                    + ",\"capaciteit\":" + getal + ",\"bijdrage\":" + getal + ",\"fte\":" + getal + "}"));
                }
                for (int diepte : new int[]{5_000}) {
                    verzoeken++;
                    controleer(fouten, handeling + " diepte " + diepte, stuur(klant, handeling, vul(geldigPad(handeling)),
                            "{\"a\":".repeat(diepte) + "1" + "}".repeat(diepte)));
                    verzoeken++;
                    controleer(fouten, handeling + " lijstdiepte " + diepte, stuur(klant, handeling, vul(geldigPad(handeling)),
                            "[".repeat(diepte) + "]".repeat(diepte)));
                }
            }
        }
        System.out.printf("VijandigeLeesverzoeken: %d verzoeken, %d met een 5xx%n", verzoeken, fouten.size());
        assertThat(fouten).isEmpty();
    }

    private static void controleer(Map<String, String> fouten, String geval, Klant.Antwoord antwoord) {
        if (antwoord.status() >= 500) {
            fouten.put(geval, antwoord.status() + " " + kort(antwoord.tekst()));
        }
    }

    /**
     * Sent without the contract check of {@link Klant}: openapi.json rightly does not document every status that
     * nonsense may earn (406 for an Accept nobody serves, 414 for an overlong URI); what counts here is that none is 5xx.
     */
    private Klant.Antwoord stuur(Verzender klant, Handeling handeling, String pad, String lichaam) {
        try {
            HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis() + pad)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + klant.token());
            if (klant.accept() != null) {
                verzoek.header("Accept", klant.accept());
            }
            if (handeling.methode().equals("GET") || handeling.methode().equals("DELETE")) {
                verzoek.method(handeling.methode(), HttpRequest.BodyPublishers.noBody());
            } else {
                verzoek.header("Content-Type", "application/json")
                        .method(handeling.methode(), HttpRequest.BodyPublishers.ofString(lichaam == null ? "{}" : lichaam));
            }
            HttpResponse<String> antwoord = HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            return new Klant.Antwoord(antwoord.statusCode(), antwoord.headers().map(), antwoord.body());
        } catch (IllegalArgumentException ongeldig) {
            // the HTTP client refuses to send it at all
            return new Klant.Antwoord(400, Map.of(), "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Verzender(String token, String accept) {
        Verzender met(String kop, String waarde) {
            return new Verzender(token, waarde);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String geldigPad(Handeling handeling) {
        return handeling.pad();
    }

    /** Any parameter not under attack gets a plausible value. */
    private static String vul(String pad) {
        return pad.replace("{id}", "00000000-0000-0000-0000-000000000000").replace("{gemeente}", "lisse").replace("{jaar}", "2026")
                .replace("{soort}", "begroting").replace("{letter}", "B").replace("{team}", "strategie")
                .replace("{ingangsdatum}", "2030-01-01").replace("{afspraak}", "onbekend").replace("{pseudoniem}", "mw-onbekend");
    }

    private Verzender klantVoor(Handeling h) {
        Rol rol = h.rollen().contains(Rol.AUDITOR) ? Rol.AUDITOR : h.rollen().iterator().next();
        return new Verzender(token(rol.code(), rol.isPerGemeente() ? "lisse" : null), null);
    }

    private static String kort(String tekst) {
        String zonder = URLEncoder.encode(tekst, StandardCharsets.UTF_8);
        return zonder.length() > 60 ? zonder.substring(0, 60) + "…" : zonder;
    }
}
