package nl.samenboek.app.pcdocument;

import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year with real content for the tests that check the published P&C documents (PDF and HTML) as they are served:
 * Teylingen in 2018, a year and team that belong to these tests alone. Built once for all of them, since they share
 * one application. Opdrachten on every niveau (input, output, outcome), alone and joint with Lisse, from four kinds of
 * herkomst and one without; toezeggingen, hours (one opdracht overrun), output and outcome afspraken with what was
 * measured, titles with characters that need escaping (&, é, ë, quotes), a budget in three lines and a team's formatie.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Publicatiejaar extends IntegratieTest {

    static final String GEMEENTE = "teylingen";
    static final int JAAR = 2018;
    /** Published like the P&C documents, in the same forms: the evaluation dossier. */
    static final String EVALUATIE = "evaluatie";
    /** The werkorganisatie's own documents of the jaar (the fourth cycle): {@code samenwerking-<soort>}. */
    static final String SAMENWERKING = "samenwerking-";
    private static final String TEAM = "publicatie-team";

    private static volatile boolean gebouwd;

    @BeforeAll
    void bouwHetJaar() {
        synchronized (Publicatiejaar.class) {
            if (gebouwd) {
                return;
            }
            bouw();
            gebouwd = true;
        }
    }

    /** The document of the given soort in the given form, as the raad of Teylingen gets it. */
    Klant.Antwoord document(String soort, String accept) {
        Klant.Antwoord antwoord = als("raad", GEMEENTE).met("Accept", accept).get(adres(soort));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord;
    }

    byte[] pdf(String soort) {
        return als("raad", GEMEENTE).met("Accept", "application/pdf").bytes(adres(soort));
    }

    /**
     * @param soort a P&C document's soort, {@link #EVALUATIE}: the evaluation dossier of 2028 (docs/monitor.md), or
     *              {@link #SAMENWERKING} and a soort: the werkorganisatie's own document (docs/pc-documenten.md)
     */
    static String adres(String soort) {
        if (soort.equals(EVALUATIE)) {
            return "/evaluaties/2028";
        }
        if (soort.startsWith(SAMENWERKING)) {
            return "/pc-documenten/samenwerking/" + JAAR + "/" + soort.substring(SAMENWERKING.length());
        }
        return "/pc-documenten/" + GEMEENTE + "/" + JAAR + "/" + soort;
    }

    private void bouw() {
        uitgegeven("mw-pub-1", "mw-pub-2", "mw-pub-3", "mw-pub-4", "mw-pub-5");
        assertThat(als("beheerder").put("/tarieven/" + TEAM + "/" + JAAR, Map.of("tarief", 87.5)).status()).isEqualTo(200);
        // a budget in BUCH's three lines and a formatie with a vacancy and inhuur, so every money table has rows
        ok(als("beheerder").put("/budgetten/" + GEMEENTE + "/" + JAAR, Map.of("bijdrage", 60000, "budgetlijnen",
                Map.of("standaardpakket", 0.8, "klussen", 0.1, "reserve", 0.1))));
        ok(directie().put("/formatie/" + TEAM + "/" + JAAR, Map.of("fte", 3.5, "vacaturesFte", 0.5, "inhuurUren", 120, "urenPerFte", 1400)));

        String visie = opdracht("teylingen", "Omgevingsvisie Teylingen 2040: \"ruimte voor groen & wonen\"", "beleid", "standaard", "8.1",
                "Ruimte en wonen", 300, Map.of("soort", "raadsmotie", "kenmerk", "M2017-14", "datum", "2017-11-09"), "teylingen");
        ok(directie().post(pad(visie, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(visie, "toezeggingen"), Map.of("jaar", JAAR, "uren", 280)));
        uren(visie, "2018-02-05", 7.5, "mw-pub-1");
        uren(visie, "2018-04-16", 8, "mw-pub-1");
        uren(visie, "2018-09-03", 6.25, "mw-pub-2");
        String nota = college("teylingen").post(pad(visie, "outputafspraken"), Map.of("indicator", "Vastgestelde deelvisies",
                "eenheid", "stuks", "streefwaarde", 3, "meetmoment", "2018-12-31", "bron", "Raadsinformatiesysteem Teylingen")).json().get("id").asText();
        ok(directie().post(pad(visie, "outputrealisaties"), Map.of("afspraak", nota, "waarde", 2, "peildatum", "2018-12-14",
                "toelichting", "De deelvisie Bollenstreek schoof door naar 2019")));

        String loket = opdracht("teylingen", "Zorg & welzijn: één loket voor inwoners", "dienstverlening", "standaard", "6.1",
                "Sociaal domein", 160, Map.of("soort", "wettelijke-taak", "kenmerk", "Wmo 2015, art. 2.3.2"), "teylingen", "lisse");
        ok(college("lisse").post(pad(loket, "medeondertekeningen"), Map.of()));
        ok(directie().post(pad(loket, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(loket, "toezeggingen"), Map.of("jaar", JAAR, "uren", 160)));
        uren(loket, "2018-03-12", 8, "mw-pub-3");
        uren(loket, "2018-10-22", 5.5, "mw-pub-3");
        String tevredenheid = college("teylingen").post(pad(loket, "outcomeafspraken"), Map.of("indicator", "Inwoners tevreden over het loket",
                "eenheid", "procent", "streefwaarde", 80, "meetmoment", "2018-12-31", "bron", "Burgerpeiling")).json().get("id").asText();
        ok(directie().post(pad(loket, "outcomerapportages"), Map.of("afspraak", tevredenheid, "waarde", 84, "peildatum", "2018-11-30",
                "toelichting", "Burgerpeiling najaar 2018")));

        String inkoop = opdracht("teylingen", "Inkoopanalyse jeugdhulp", "bedrijfsvoering", "maatwerk", "0.4", "Bedrijfsvoering", 40,
                Map.of("soort", "collegebesluit", "kenmerk", "B&W 2018/031", "datum", "2018-01-23"), "teylingen");
        ok(directie().post(pad(inkoop, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(inkoop, "toezeggingen"), Map.of("jaar", JAAR, "uren", 40)));
        uren(inkoop, "2018-05-07", 8, "mw-pub-4");
        uren(inkoop, "2018-05-08", 8, "mw-pub-4");
        uren(inkoop, "2018-05-09", 8, "mw-pub-4");
        uren(inkoop, "2018-05-10", 8, "mw-pub-4");
        uren(inkoop, "2018-05-11", 8, "mw-pub-4");
        uren(inkoop, "2018-05-14", 7, "mw-pub-4");

        String archief = opdracht("teylingen", "Opschonen van het digitale archief", "bedrijfsvoering", "standaard", "0.1", "Bestuur", 24,
                null, "teylingen");
        ok(directie().post(pad(archief, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(archief, "toezeggingen"), Map.of("jaar", JAAR, "uren", 24)));
        uren(archief, "2018-06-18", 4, "mw-pub-5");
    }

    private String opdracht(String aanvrager, String titel, String categorie, String soort, String taakveld, String programma,
                            int geraamd, Map<String, String> herkomst, String... gemeenten) {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag(titel, gemeenten));
        aanvraag.put("categorie", categorie);
        aanvraag.put("soort", soort);
        aanvraag.put("taakveld", taakveld);
        aanvraag.put("programma", programma);
        aanvraag.put("team", TEAM);
        aanvraag.put("begrotingsjaar", JAAR);
        aanvraag.put("geraamdeUren", geraamd);
        if (herkomst != null) {
            aanvraag.put("herkomst", herkomst);
        }
        Klant.Antwoord antwoord = college(aanvrager).post("/opdrachten", aanvraag);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asText();
    }

    private void uren(String opdracht, String datum, double uren, String medewerker) {
        ok(directie().post(pad(opdracht, "urenregistraties"), Map.of("datum", datum, "uren", uren, "medewerker", medewerker)));
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isBetween(200, 201);
    }

    private static String pad(String id, String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }
}
