package nl.samenboek.app.pcdocument;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenboek.app.IntegratieTest;
import nl.samenboek.app.Klant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P&C documents of Lisse for 2019 (a year that belongs to this test), figures computed by hand:
 * <pre>
 * P1 Lisse alone, beleid, 0.1, programma Bestuur: geraamd 120, toegezegd 100, besteed 10 + 50, output 4 → realised 3
 * P2 Hillegom + Lisse, dienstverlening, 2.1, programma Verkeer: geraamd 80, toegezegd 80 → Lisse 40 (key 1:1 between
 *    the two), besteed 20 → Lisse 10
 * tarief pc-team 2019: € 90 → kosten Lisse (100 + 40) × 90 = 12.600, besteed 70 × 90 = 6.300
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PcDocumentIT extends IntegratieTest {

    private String p1;

    @BeforeAll
    void bouwHetJaar() {
        uitgegeven("mw-p1", "mw-p2", "mw-p3");
        assertThat(als("beheerder").put("/tarieven/pc-team/2019", Map.of("tarief", 90)).status()).isEqualTo(200);
        p1 = opdracht("lisse", "Nota lokale democratie", "beleid", "0.1", "Bestuur", 120, "lisse");
        ok(directie().post(pad(p1, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(p1, "toezeggingen"), Map.of("jaar", 2019, "uren", 100)));
        ok(directie().post(pad(p1, "urenregistraties"), Map.of("datum", "2019-02-01", "uren", 10, "medewerker", "mw-p1")));
        ok(directie().post(pad(p1, "urenregistraties"), Map.of("datum", "2019-06-03", "uren", 24, "medewerker", "mw-p1")));
        ok(directie().post(pad(p1, "urenregistraties"), Map.of("datum", "2019-06-03", "uren", 24, "medewerker", "mw-p2")));
        ok(directie().post(pad(p1, "urenregistraties"), Map.of("datum", "2019-06-04", "uren", 2, "medewerker", "mw-p2")));
        Klant.Antwoord afspraak = college("lisse").post(pad(p1, "outputafspraken"), Map.of("indicator", "Vastgestelde nota's",
                "eenheid", "stuks", "streefwaarde", 4, "meetmoment", "2019-12-31", "bron", "Raadsinformatiesysteem"));
        ok(afspraak);
        ok(directie().post(pad(p1, "outputrealisaties"), Map.of("afspraak", afspraak.json().get("id").asText(), "waarde", 3,
                "peildatum", "2019-12-15", "toelichting", "Eén nota schoof door naar 2020")));

        String p2 = opdracht("hillegom", "Gezamenlijk parkeerbeleid", "dienstverlening", "2.1", "Verkeer", 80, "hillegom", "lisse");
        ok(college("lisse").post(pad(p2, "medeondertekeningen"), Map.of()));
        ok(directie().post(pad(p2, "aanvaardingen"), Map.of()));
        ok(directie().post(pad(p2, "toezeggingen"), Map.of("jaar", 2019, "uren", 80)));
        ok(directie().post(pad(p2, "urenregistraties"), Map.of("datum", "2019-03-01", "uren", 20, "medewerker", "mw-p3")));
    }

    @Test
    void deJsonHeeftDeFigurenEnDeHerkomst() {
        JsonNode document = json("jaarrekening", "");
        assertThat(document.get("gemeente").asText()).isEqualTo("lisse");
        assertThat(document.get("jaar").asInt()).isEqualTo(2019);
        assertThat(document.get("soort").asText()).isEqualTo("jaarrekening");
        getal(document.at("/totalen/geraamdeUren"), "160");
        getal(document.at("/totalen/toegezegdeUren"), "140");
        getal(document.at("/totalen/besteedUren"), "70");
        getal(document.at("/totalen/kosten"), "12600");
        getal(document.at("/totalen/besteedKosten"), "6300");
        JsonNode verificatie = als("auditor").get("/audit/gemeenten/lisse/verificatie").json();
        assertThat(document.at("/grootboek/aantal").asLong()).isEqualTo(verificatie.get("aantal").asLong());
        assertThat(document.at("/grootboek/hoofdHash").asText()).isEqualTo(verificatie.get("hoofdHash").asText());
        assertThat(document.get("peildatum").asText()).isNotBlank();
        assertThat(document.get("bekendOp").asText()).isNotBlank();
        assertThat(document.get("perTaakveld").findValuesAsText("code")).containsExactly("0.1", "2.1");
        assertThat(document.get("perProgramma").findValuesAsText("code")).containsExactly("Bestuur", "Verkeer");
        assertThat(document.get("afspraken").get(0).get("realisatie").decimalValue()).isEqualByComparingTo("3");
        getal(document.get("afspraken").get(0).get("afwijking"), "-0.25");
        assertThat(document.at("/groeimodel/gemeente").asText()).isEqualTo("lisse");
        assertThat(document.get("uitvoeringsagenda")).hasSize(24);
        JsonNode afwijkingen = document.get("afwijkingen");
        assertThat(afwijkingen.findValuesAsText("soort")).containsExactlyInAnyOrder("uren", "uren", "resultaat");
        assertThat(afwijkingen.findValuesAsText("toelichting")).contains("Eén nota schoof door naar 2020");
        JsonNode begroting = json("begroting", "");
        assertThat(begroting.get("afwijkingen")).hasSize(1);
        getal(begroting.get("afwijkingen").get(0).get("afwijking"), "-0.1667");
        assertThat(begroting.get("doel").asText()).contains("plant");
    }

    @Test
    void csvHtmlEnPdfDragenDezelfdeFiguren() throws IOException {
        JsonNode document = json("najaarsnota", "");
        Klant.Antwoord csv = vorm("najaarsnota", "text/csv");
        assertThat(csv.kop("Content-Type")).startsWith("text/csv");
        assertThat(csv.tekst()).startsWith("\uFEFF");
        assertThat(csv.tekst()).contains("\r\n").contains("HLTsamen voor Lisse;160;140;70;12600;6300");
        assertThat(csv.tekst()).contains("grootboek hoofdHash;" + document.at("/grootboek/hoofdHash").asText());
        String nietOpgegeven = document.at("/perHerkomst/niet-opgegeven/toegezegdeUren").decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
        assertThat(csv.tekst()).contains("herkomst;toegezegde uren;bestede uren", "niet-opgegeven;" + nietOpgegeven);

        Klant.Antwoord html = vorm("najaarsnota", "text/html");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "pc-document-lisse-2019-najaarsnota.html"), html.tekst());
        assertThat(html.kop("Content-Type")).startsWith("text/html");
        assertThat(html.tekst()).contains("<html lang=\"nl\"", "<caption>", "scope=\"col\"", "160,00", "140,00", "70,00",
                "€ 12.600,00", "€ 6.300,00", document.at("/grootboek/hoofdHash").asText(), "Herkomst van het werk");

        byte[] pdf = bytes("najaarsnota", "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path bestand = Path.of("target", "pc-document-lisse-2019-najaarsnota.pdf");
        Files.createDirectories(bestand.getParent());
        Files.write(bestand, pdf);
        try (PDDocument gelezen = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(gelezen);
            assertThat(tekst).contains("160,00", "140,00", "70,00", "12.600,00", "6.300,00", "Gemeente Lisse", "Pagina 1 van");
            assertThat(tekst.replaceAll("\\s", "")).contains(document.at("/grootboek/hoofdHash").asText());
            assertThat(gelezen.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    /** docs/pc-documenten.md: the page's one stylesheet applies in a browser, by its hash; nothing else loads or runs. */
    @Test
    void hetInhoudsbeleidVanDeHtmlStaatPreciesHaarEigenStijlbladToe() throws NoSuchAlgorithmException {
        Klant.Antwoord html = vorm("begroting", "text/html");
        String pagina = html.tekst();
        assertThat(pagina.split("<style>", -1)).as("één stijlblad").hasSize(2);
        String stijlblad = pagina.substring(pagina.indexOf("<style>") + "<style>".length(), pagina.indexOf("</style>"));
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(stijlblad.getBytes(StandardCharsets.UTF_8)));
        List<String> beleid = html.koppen().entrySet().stream().filter(k -> k.getKey().equalsIgnoreCase("Content-Security-Policy"))
                .flatMap(k -> k.getValue().stream()).toList();
        assertThat(beleid).containsExactly("default-src 'none'; style-src 'sha256-" + hash + "'; frame-ancestors 'none'");
        assertThat(pagina).doesNotContain("<script", "<link", " style=\"", "<img");
        assertThat(vorm("begroting", "application/json").kop("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void tweeGelijkeVragenGevenGelijkeBytes() {
        String bekendOp = json("voorjaarsnota", "").get("bekendOp").asText();
        assertThat(vorm("voorjaarsnota", "application/json", "bekendOp=" + bekendOp).tekst())
                .isEqualTo(vorm("voorjaarsnota", "application/json", "bekendOp=" + bekendOp).tekst());
        assertThat(vorm("voorjaarsnota", "text/csv", "bekendOp=" + bekendOp).tekst())
                .isEqualTo(vorm("voorjaarsnota", "text/csv", "bekendOp=" + bekendOp).tekst());
    }

    @Test
    void bekendOpVoorEenGebeurtenisGeeftPreciesHetEerdereDocument() {
        uitgegeven("mw-p4");
        Klant.Antwoord eerder = vorm("jaarrekening", "application/json");
        String bekendOp = eerder.json().get("bekendOp").asText();
        ok(directie().post(pad(p1, "urenregistraties"), Map.of("datum", "2019-09-02", "uren", 4, "medewerker", "mw-p4")));
        Klant.Antwoord nu = vorm("jaarrekening", "application/json");
        getal(nu.json().at("/totalen/besteedUren"), "74");
        Klant.Antwoord toen = vorm("jaarrekening", "application/json", "bekendOp=" + bekendOp);
        assertThat(toen.tekst()).isEqualTo(eerder.tekst());
    }

    @Test
    void alleenWieDeGemeenteMagZienKrijgtHetDocument() {
        assertThat(als("raad", "lisse").get(adres("begroting", "")).status()).isEqualTo(200);
        assertThat(als("college", "lisse").get(adres("begroting", "")).status()).isEqualTo(200);
        assertThat(als("raad", "hillegom").get(adres("begroting", "")).status()).isEqualTo(403);
        assertThat(als("beheerder").get(adres("begroting", "")).status()).isEqualTo(403);
        Klant.Antwoord soort = als("auditor").get("/pc-documenten/lisse/2019/kadernota");
        assertThat(soort.status()).isEqualTo(400);
        assertThat(soort.kop("Content-Type")).startsWith("application/problem+json");
        assertThat(soort.ongeldigeVelden()).containsExactly("soort");
        assertThat(als("auditor").met("Accept", "application/xml").get(adres("begroting", "")).status()).isEqualTo(406);
        assertThat(als("auditor").get("/pc-documenten/bennebroek/2019/begroting").status()).isEqualTo(404);
    }

    private JsonNode json(String soort, String query) {
        Klant.Antwoord antwoord = vorm(soort, "application/json", query);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    private Klant.Antwoord vorm(String soort, String type) {
        return vorm(soort, type, "");
    }

    private Klant.Antwoord vorm(String soort, String type, String query) {
        Klant.Antwoord antwoord = als("auditor").met("Accept", type).get(adres(soort, query));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord;
    }

    private byte[] bytes(String soort, String type) {
        return als("auditor").met("Accept", type).bytes(adres(soort, ""));
    }

    private static String adres(String soort, String query) {
        return "/pc-documenten/lisse/2019/" + soort + (query.isEmpty() ? "" : "?" + query);
    }

    private String opdracht(String aanvrager, String titel, String categorie, String taakveld, String programma, int geraamd, String... gemeenten) {
        Map<String, Object> aanvraag = new HashMap<>(aanvraag(titel, gemeenten));
        aanvraag.put("categorie", categorie);
        aanvraag.put("taakveld", taakveld);
        aanvraag.put("programma", programma);
        aanvraag.put("team", "pc-team");
        aanvraag.put("begrotingsjaar", 2019);
        aanvraag.put("geraamdeUren", geraamd);
        Klant.Antwoord antwoord = college(aanvrager).post("/opdrachten", aanvraag);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asText();
    }

    private static void ok(Klant.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isBetween(200, 201);
    }

    private static String pad(String id, String deel) {
        return "/opdrachten/" + id + "/" + deel;
    }

    private static void getal(JsonNode waarde, String verwacht) {
        assertThat(waarde.isMissingNode() || waarde.isNull()).as("waarde ontbreekt").isFalse();
        assertThat(waarde.decimalValue()).isEqualByComparingTo(new BigDecimal(verwacht));
    }
}
