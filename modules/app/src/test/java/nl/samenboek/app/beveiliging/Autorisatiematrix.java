package nl.samenboek.app.beveiliging;

import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Rol;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix, generated from the one table in {@link Handeling}: every endpoint × every role × (for
 * college and raad) every gemeente, against an opdracht of Lisse alone. A role the table does not allow gets 403; a
 * college or raad of another gemeente gets 403 for Lisse's opdracht, in words that do not name Lisse; everything else
 * gets past authorisation. Run with the instance's own tokens (AutorisatiematrixIT) and with tokens of a real OpenID
 * Connect provider (OidcIT): the same answers.
 */
public final class Autorisatiematrix {

    public static final List<String> GEMEENTEN = List.of("hillegom", "lisse", "teylingen");
    public static final String EIGENAAR = "lisse";

    private final BiFunction<String, String, Klant> als;
    private final String opdrachtVanLisse;
    private final Map<String, Object> aanvraag;

    /**
     * @param als              a client for a rol and (for college and raad) a gemeente
     * @param opdrachtVanLisse a maatwerk opdracht of Lisse alone
     * @param aanvraag         a valid aanvraag of Lisse, for the endpoint that takes one
     */
    public Autorisatiematrix(BiFunction<String, String, Klant> als, String opdrachtVanLisse, Map<String, Object> aanvraag) {
        this.als = als;
        this.opdrachtVanLisse = opdrachtVanLisse;
        this.aanvraag = aanvraag;
    }

    public List<DynamicTest> elkeRolEnGemeentePerEindpunt() {
        List<DynamicTest> gevallen = new ArrayList<>();
        for (Handeling handeling : Handeling.values()) {
            for (Rol rol : Rol.values()) {
                for (String gemeente : rol.isPerGemeente() ? GEMEENTEN : Collections.<String>singletonList(null)) {
                    boolean verboden = !handeling.magDoor(rol) || (rol.isPerGemeente() && betreftLisse(handeling) && !EIGENAAR.equals(gemeente))
                            // co-signing and refusing are for the college of *another* concerned gemeente, never the requester
                            || ((handeling == Handeling.MEDEONDERTEKENEN || handeling == Handeling.WEIGEREN) && EIGENAAR.equals(gemeente));
                    gevallen.add(DynamicTest.dynamicTest(handeling + " door " + rol.code() + (gemeente == null ? "" : " van " + gemeente)
                            + (verboden ? " → 403" : " → toegestaan"), () -> {
                        Klant.Antwoord antwoord = voerUit(als.apply(rol.code(), gemeente), handeling, opdrachtVanLisse);
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
        return gevallen;
    }

    /** The problem's texts, without {@code instance} (the path the caller sent itself), name none of these gemeenten. */
    static void assertNoemtGeen(Klant.Antwoord antwoord, String... gemeenten) {
        com.fasterxml.jackson.databind.node.ObjectNode probleem = (com.fasterxml.jackson.databind.node.ObjectNode) antwoord.json();
        probleem.remove("instance");
        String tekst = probleem.toString().toLowerCase(Locale.ROOT);
        for (String gemeente : gemeenten) {
            assertThat(tekst).as(antwoord.toString()).doesNotContain(gemeente);
        }
    }

    /** Endpoints about one opdracht or one gemeente: here always Lisse's. */
    private static boolean betreftLisse(Handeling handeling) {
        return handeling.pad().startsWith("/opdrachten") || handeling.pad().contains("{gemeente}");
    }

    Klant.Antwoord voerUit(Klant klant, Handeling handeling, String opdracht) {
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
            case "POST" -> klant.post(pad, handeling == Handeling.OPDRACHT_AANVRAGEN ? aanvraag : Map.of());
            case "DELETE" -> klant.stuur("DELETE", pad, null, null);
            default -> throw new IllegalArgumentException(handeling.methode());
        };
    }
}
