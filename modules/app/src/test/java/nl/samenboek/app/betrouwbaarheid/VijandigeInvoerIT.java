package nl.samenboek.app.betrouwbaarheid;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.samenboek.api.beveiliging.Handeling;
import nl.samenboek.api.beveiliging.Rol;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input (docs/reliability.md): jqwik generates at least 10,000 malformed requests over every POST and PUT endpoint of the
 * authorisation table — broken JSON, wrong types, missing and unknown fields, huge strings and numbers, negative and
 * non-numeric hours, impossible dates, unicode oddities, wrong content types, oversized bodies, bad headers — each
 * sent by a role that may use the endpoint. Every answer must be a 4xx problem+json without internals, and the event
 * store must be exactly as before. The writes aim at an afgerond opdracht and a vervallen aanbeveling, so even a
 * request that happened to be well-formed could not change anything.
 */
class VijandigeInvoerIT extends IntegratieTest {

    private static final int AANTAL = 10_000;

    private static final Map<Handeling, List<String>> VELDEN = Map.ofEntries(
            Map.entry(Handeling.OPDRACHT_AANVRAGEN, List.of("titel", "omschrijving", "gemeenten", "categorie", "soort", "taakveld", "team",
                    "begrotingsjaar", "geraamdeUren", "aanbevelingen", "programma")),
            Map.entry(Handeling.AFWIJZEN, List.of("reden")),
            Map.entry(Handeling.INTREKKEN, List.of("reden")),
            Map.entry(Handeling.UREN_TOEZEGGEN, List.of("jaar", "uren", "verdeling", "overschrijding")),
            Map.entry(Handeling.UREN_REGISTREREN, List.of("datum", "uren", "medewerker")),
            Map.entry(Handeling.WIJZIGEN, List.of("geraamdeUren", "omschrijving", "reden")),
            Map.entry(Handeling.OUTPUT_AFSPREKEN, List.of("indicator", "eenheid", "streefwaarde", "meetmoment", "bron")),
            Map.entry(Handeling.OUTCOME_AFSPREKEN, List.of("indicator", "eenheid", "streefwaarde", "meetmoment", "bron")),
            Map.entry(Handeling.OUTPUT_REALISEREN, List.of("afspraak", "waarde", "peildatum", "toelichting")),
            Map.entry(Handeling.OUTCOME_RAPPORTEREN, List.of("afspraak", "waarde", "peildatum", "toelichting")),
            Map.entry(Handeling.VERDEELSLEUTEL_VASTSTELLEN, List.of("aandelen")),
            Map.entry(Handeling.WERKPLAN_VASTSTELLEN, List.of("capaciteit", "ontwikkeltijdPercentage", "gepland")),
            Map.entry(Handeling.TARIEF_VASTSTELLEN, List.of("tarief")),
            Map.entry(Handeling.FORMATIE_VASTSTELLEN, List.of("fte", "vacaturesFte", "inhuurUren", "urenPerFte")),
            Map.entry(Handeling.BUDGET_VASTSTELLEN, List.of("bijdrage", "budgetlijnen")),
            Map.entry(Handeling.VOORTGANG_MELDEN, List.of("soort", "datum", "toelichting", "stap", "gemeente")),
            Map.entry(Handeling.UITSTEL_BESLUITEN, List.of("datum", "nieuweDeadline", "reden", "stap")),
            Map.entry(Handeling.VERVAL_BESLUITEN, List.of("datum", "reden")),
            Map.entry(Handeling.BIJEENKOMST_VASTLEGGEN, List.of("soort", "datum", "gemeenten", "onderwerp", "pcMoment")),
            Map.entry(Handeling.BIJEENKOMST_ANNULEREN, List.of("reden")),
            Map.entry(Handeling.ONTWIKKELTOKEN_MAKEN, List.of("rol", "gemeente")));

    private static final List<String> ONGELDIGE_JSON = List.of("{", "{\"titel\": ", "[1,2", "{'a': 1}", "{\"a\": NaN}",
            "{\"uren\": Infinity}", "{\"a\": 1,}", "nul", "{\"a\":\"\\uZZZZ\"}", "\u0000\u0001", "{\"a\": 01}", "}{", "{\"a\":1}{\"b\":2}");
    // every value is invalid for every field it may land in (0 would be a valid tarief or number of hours)
    private static final List<Object> VREEMDE_WAARDEN = List.of("veel", -1, -0.01, 1e308, "1e400", "NaN", "-Infinity", true,
            List.of(1, 2), Map.of("x", 1), "9999-99-99", "2017-02-30", "0000-01-01", "+999999999-12-31", "\u202Eevil\u202C", "😀🏳️‍🌈",
            "\u0000", "a".repeat(20_000), 123456789012345678L, new java.math.BigDecimal("1e-400"), "", " ", "DROP TABLE grootboek;--");

    private enum Gebrek { GEEN_JSON, VERKEERD_TYPE_BOVENAAN, ONBEKEND_VELD, VERKEERD_VELD, VERKEERD_INHOUDSTYPE, TE_GROOT, ONGELDIGE_KOP }

    private record Verzoek(Handeling handeling, Gebrek gebrek, String lichaam, String inhoudstype, String kop, String kopwaarde) {
    }

    @Test
    void tienduizendKwaadaardigeVerzoekenGevenAllemaal4xxEnVeranderenNiets() throws Exception {
        String opdracht = afgerondeOpdracht();
        laatVervallen("U");
        long gebeurtenissen = aantalGebeurtenissen();
        long regels = aantalGrootboekregels();
        long medewerkers = aantalMedewerkers();

        List<Handeling> schrijvend = Arrays.stream(Handeling.values())
                .filter(h -> h.methode().equals("POST") || h.methode().equals("PUT")).toList();
        List<Verzoek> verzoeken = verzoeken(schrijvend).sampleStream().limit(AANTAL).toList();
        assertThat(verzoeken.stream().map(Verzoek::handeling).distinct()).containsExactlyInAnyOrderElementsOf(schrijvend);

        Map<Handeling, Klant> klanten = new ConcurrentHashMap<>();
        schrijvend.forEach(h -> klanten.put(h, klantVoor(h)));
        List<String> fouten = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statussen = new ConcurrentHashMap<>();
        ExecutorService uitvoerders = Executors.newFixedThreadPool(4);
        List<Future<?>> werk = new ArrayList<>();
        for (List<Verzoek> deel : verdeel(verzoeken, 4)) {
            werk.add(uitvoerders.submit(() -> deel.forEach(v -> {
                Klant.Antwoord antwoord = stuur(klanten.get(v.handeling()), v, opdracht);
                statussen.computeIfAbsent(antwoord.status(), s -> new AtomicInteger()).incrementAndGet();
                String probleem = beoordeel(antwoord);
                if (probleem != null && fouten.size() < 20) {
                    fouten.add(probleem + " bij " + v.handeling() + " " + v.gebrek() + " " + afgekapt(v.lichaam()) + " → " + afgekapt(antwoord.toString()));
                }
            })));
        }
        for (Future<?> f : werk) {
            f.get();
        }
        uitvoerders.shutdown();
        System.out.println("Vijandige invoer: " + verzoeken.size() + " verzoeken, statussen " + new java.util.TreeMap<>(statussen));
        assertThat(fouten).isEmpty();
        assertThat(statussen.keySet()).allMatch(s -> s >= 400 && s < 500);
        assertThat(aantalGebeurtenissen()).as("de event store is onveranderd").isEqualTo(gebeurtenissen);
        assertThat(aantalGrootboekregels()).isEqualTo(regels);
        assertThat(aantalMedewerkers()).as("het medewerkerregister is onveranderd").isEqualTo(medewerkers);
    }

    /**
     * One rule for every decimal and every text (docs/security.md): an otherwise valid aanvraag with a decimal beyond the
     * limits or a text with a character XML forbids is 400 naming the field, with and without an Idempotency-Key, and
     * stores nothing; so is a huge pagina.
     */
    @Test
    void extremeGetallenEnVerbodenTekensGeven400MetHetVeldEnSlaanNietsOp() {
        long gebeurtenissen = aantalGebeurtenissen();
        List<String> fouten = new ArrayList<>();
        List<String> getallen = List.of("1e400", "1e-99999", "-1E+400", "1234567890123456789012345678901234567890",
                "0.1234567890123456789012345678901234567890", "123456789012345678901", "1.000000001");
        int n = 0;
        for (String getal : getallen) {
            String lichaam = json(aanvraagMet("geraamdeUren", "@@")).replace("\"@@\"", getal);
            for (boolean sleutel : List.of(false, true)) {
                Klant klant = sleutel ? college("lisse").met("Idempotency-Key", "grens-" + n++) : college("lisse");
                controleer(klant.stuur("POST", "/opdrachten", "application/json", lichaam), "geraamdeUren", getal, fouten);
            }
        }
        for (String titel : List.of("Titel \\uFFFE", "Titel \\uFFFF", "Titel \\u0001", "Titel \\uD800 los", "Titel \\uDC00")) {
            String lichaam = json(aanvraagMet("titel", "@@")).replace("\"@@\"", "\"" + titel + "\"");
            for (boolean sleutel : List.of(false, true)) {
                Klant klant = sleutel ? college("lisse").met("Idempotency-Key", "grens-" + n++) : college("lisse");
                controleer(klant.stuur("POST", "/opdrachten", "application/json", lichaam), "titel", titel, fouten);
            }
        }
        for (String pagina : List.of("2147483648", "99999999999999999999999999999999999999", "1e400")) {
            Klant.Antwoord antwoord = directie().get("/opdrachten?pagina=" + pagina);
            if (antwoord.status() != 400) {
                fouten.add("pagina=" + pagina + " → " + antwoord);
            }
        }
        // within the limits it is accepted: the rule does not refuse ordinary values
        String geldig = json(aanvraagMet("geraamdeUren", "@@")).replace("\"@@\"", "100.25");
        assertThat(college("lisse").stuur("POST", "/opdrachten", "application/json", geldig).status()).isEqualTo(201);
        assertThat(fouten).isEmpty();
        assertThat(aantalGebeurtenissen()).as("alleen de geldige aanvraag is opgeslagen").isGreaterThan(gebeurtenissen);
        assertThat(aantalGebeurtenissen() - gebeurtenissen).as("alleen de geldige aanvraag is opgeslagen").isEqualTo(1);
    }

    private static Map<String, Object> aanvraagMet(String veld, Object waarde) {
        Map<String, Object> aanvraag = aanvraag("Grenzen van de invoer", "lisse");
        aanvraag.put(veld, waarde);
        return aanvraag;
    }

    private static void controleer(Klant.Antwoord antwoord, String veld, String waarde, List<String> fouten) {
        if (antwoord.status() != 400 || !antwoord.ongeldigeVelden().contains(veld) || beoordeel(antwoord) != null) {
            fouten.add(veld + "=" + waarde + " → " + afgekapt(antwoord.toString()));
        }
    }

    private long aantalMedewerkers() {
        return jdbc.queryForObject("SELECT count(*) FROM medewerker", Long.class);
    }

    private Arbitrary<Verzoek> verzoeken(List<Handeling> schrijvend) {
        Arbitrary<Handeling> handeling = Arbitraries.of(schrijvend);
        Arbitrary<Gebrek> gebrek = Arbitraries.of(Gebrek.class);
        return Combinators.combine(handeling, gebrek, Arbitraries.of(ONGELDIGE_JSON), Arbitraries.of(VREEMDE_WAARDEN),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha(), Arbitraries.integers().between(0, 10))
                .as((h, g, kapot, vreemd, naam, keuze) -> maak(h, g, kapot, vreemd, naam, keuze));
    }

    private static Verzoek maak(Handeling h, Gebrek gebrek, String kapot, Object vreemd, String naam, int keuze) {
        List<String> velden = VELDEN.getOrDefault(h, List.of());
        if (h == Handeling.PROJECTIES_HERBOUWEN && (gebrek == Gebrek.ONBEKEND_VELD || gebrek == Gebrek.VERKEERD_VELD || gebrek == Gebrek.ONGELDIGE_KOP)) {
            gebrek = Gebrek.VERKEERD_TYPE_BOVENAAN; // its body is free-form: only broken or wrongly typed bodies are malformed
        }
        return switch (gebrek) {
            case GEEN_JSON -> new Verzoek(h, gebrek, kapot, "application/json", null, null);
            case VERKEERD_TYPE_BOVENAAN -> new Verzoek(h, gebrek, List.of("[]", "\"tekst\"", "42", "true", "[{}]").get(keuze % 5),
                    "application/json", null, null);
            case ONBEKEND_VELD -> new Verzoek(h, gebrek, json(Map.of("onbekend" + naam, String.valueOf(vreemd))), "application/json", null, null);
            case VERKEERD_VELD -> velden.isEmpty()
                    ? new Verzoek(h, gebrek, json(Map.of(naam, vreemd)), "application/json", null, null)
                    : new Verzoek(h, gebrek, json(Map.of(velden.get(keuze % velden.size()), vreemd)), "application/json", null, null);
            case VERKEERD_INHOUDSTYPE -> new Verzoek(h, gebrek, "{}", List.of("text/plain", "application/xml", "multipart/form-data",
                    "application/x-www-form-urlencoded", "image/png").get(keuze % 5), null, null);
            case TE_GROOT -> new Verzoek(h, gebrek, "{\"titel\":\"" + "x".repeat(300_000) + "\"}", "application/json", null, null);
            case ONGELDIGE_KOP -> h.methode().equals("PUT") || !h.pad().contains("{id}")
                    ? new Verzoek(h, gebrek, "{}", "application/json", "Idempotency-Key", "x".repeat(500))
                    : new Verzoek(h, gebrek, "{}", "application/json", keuze % 2 == 0 ? "If-Match" : "Idempotency-Key",
                    keuze % 2 == 0 ? "versie-" + naam : "\u0001" + naam);
        };
    }

    private static String json(Map<String, Object> velden) {
        try {
            return Klant.JSON.writeValueAsString(velden);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Klant.Antwoord stuur(Klant klant, Verzoek v, String opdracht) {
        String pad = v.handeling().pad().replace("{id}", opdracht).replace("{letter}", "U")
                .replace("{ingangsdatum}", v.gebrek() == Gebrek.ONGELDIGE_KOP ? "31-12-2030" : "2031-01-01")
                .replace("{team}", "vijandig").replace("{jaar}", "2031").replace("{gemeente}", "lisse").replace("{afspraak}", "onbekend").replace("{code}", "onbekend");
        Klant met = v.kop() == null ? klant : klant.met(v.kop(), v.kopwaarde().replaceAll("[\\r\\n]", ""));
        try {
            return met.stuur(v.handeling().methode(), pad, v.inhoudstype(), v.lichaam());
        } catch (IllegalArgumentException ongeldigeKop) {
            // the HTTP client itself refuses a header value (a control character): send it without that header
            return klant.stuur(v.handeling().methode(), pad, v.inhoudstype(), v.lichaam());
        }
    }

    private static String beoordeel(Klant.Antwoord antwoord) {
        if (antwoord.status() < 400 || antwoord.status() >= 500) {
            return "status " + antwoord.status();
        }
        String type = antwoord.kop("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "geen problem+json maar " + type;
        }
        for (String lek : List.of("Exception", "at nl.", "at org.", "SQLState", "org.postgresql", "java.")) {
            if (antwoord.tekst().contains(lek)) {
                return "interne details (" + lek + ")";
            }
        }
        return null;
    }

    private Klant klantVoor(Handeling h) {
        Rol rol = h.rollen().contains(Rol.COLLEGE) ? Rol.COLLEGE : h.rollen().iterator().next();
        return als(rol.code(), rol.isPerGemeente() ? "lisse" : null);
    }

    private String afgerondeOpdracht() {
        String id = college("lisse").post("/opdrachten", aanvraag("Doelwit van vijandige invoer", "lisse")).json().get("id").asText();
        assertThat(directie().post("/opdrachten/" + id + "/aanvaardingen", Map.of()).status()).isEqualTo(200);
        assertThat(directie().post("/opdrachten/" + id + "/afrondingen", Map.of()).status()).isEqualTo(200);
        return id;
    }

    private void laatVervallen(String letter) {
        int status = als("bestuur").post("/aanbevelingen/" + letter + "/vervalbesluiten", Map.of("datum", "2025-01-15", "reden", "Doelwit van de test")).status();
        assertThat(status).isIn(200, 409);
    }

    private static <T> List<List<T>> verdeel(List<T> lijst, int delen) {
        List<List<T>> uit = new ArrayList<>();
        for (int i = 0; i < delen; i++) {
            uit.add(new ArrayList<>());
        }
        for (int i = 0; i < lijst.size(); i++) {
            uit.get(i % delen).add(lijst.get(i));
        }
        return uit;
    }

    private static String afgekapt(String tekst) {
        return tekst == null ? "" : tekst.length() > 200 ? tekst.substring(0, 200) + "…" : tekst;
    }
}
