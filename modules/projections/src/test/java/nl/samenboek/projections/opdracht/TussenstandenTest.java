package nl.samenboek.projections.opdracht;

import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time-travel copy holds the fold exactly: written and read back it is the same document, and so is a document that
 * went through the read model in MongoDB first (the live projection takes its copies from there).
 */
class TussenstandenTest {

    private static final List<String> WIE = List.of("hillegom", "lisse");
    private static GeheugenMongo server;

    @BeforeAll
    static void start() {
        server = new GeheugenMongo();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eenKopieIsPreciesDeVouwing() {
        OpdrachtDocument document = gevouwen();
        byte[] json = Tussenstanden.schrijf(document);
        assertThat(new String(Tussenstanden.schrijf(Tussenstanden.lees(json)))).isEqualTo(new String(json));
        assertThat(new String(json)).contains("\"laatstVastgelegd\":\"2026-03-01T10:00:07.123Z\"", "\"geldtTot\":\"2026-04-30\"",
                "\"besteedPerJaar\":{\"2026\":15.50}");
    }

    @Test
    void eenKopieVanVoorHerkomstEnUrenPerJaarLeestGoed() {
        String oud = "{\"id\":\"5f1c1d1e-0000-4000-8000-000000000003\",\"titel\":\"Scenario D\",\"omschrijving\":\"Omschrijving van Scenario D\","
                + "\"aanvrager\":\"lisse\",\"gemeenten\":[\"lisse\"],\"categorie\":\"beleid\",\"soort\":\"standaard\",\"taakveld\":\"0.1\","
                + "\"team\":\"scenario-publiek\",\"begrotingsjaar\":2021,\"programma\":null,\"aanbevelingen\":[],\"status\":\"aanvaard\","
                + "\"versie\":2,\"geraamdeUren\":100,\"ondertekend\":[\"lisse\"],\"toezeggingen\":{},\"besteedPerJaar\":{},"
                + "\"besteedPerDag\":{\"uren\":{}},\"afspraken\":[],\"overschrijdingen\":[],\"afwijzingsreden\":null,"
                + "\"intrekkingsreden\":null,\"wijzigingen\":[],\"aangevraagdOp\":\"2021-01-04T09:00:00Z\","
                + "\"bijgewerktOp\":\"2021-01-04T09:01:00Z\",\"laatstVastgelegd\":\"2021-01-04T09:01:00Z\",\"geldtTot\":\"2021-01-04\","
                + "\"vanafHetBeginGevolgd\":true}";
        OpdrachtDocument gelezen = Tussenstanden.lees(oud.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(gelezen.tussenstandboekhouding().geldtTot()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(gelezen.tussenstandboekhouding().isVanafHetBeginGevolgd()).isTrue();
        // written again in today's form: the per-day hours of that time are left out, the newer fields are empty
        String nieuw = new String(Tussenstanden.schrijf(gelezen), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(nieuw).isEqualTo(oud.replace("\"besteedPerDag\":{\"uren\":{}},", "\"correcties\":[],")
                .replace("\"wijzigingen\":[],", "\"wijzigingen\":[],\"herkomst\":null,\"opleverdatum\":null,\"prioriteit\":null,\"prioriteitsrang\":1,"
                        + "\"prioriteringen\":[],\"weigering\":null,\"geleverdOp\":null,"));
    }

    @Test
    void eenDocumentUitDeLeesopslagGeeftDezelfdeKopie() {
        MongoTemplate mongo = server.template("tussenstanden");
        OpdrachtDocument document = gevouwen();
        mongo.save(document);
        OpdrachtDocument gelezen = mongo.findById(document.getId(), OpdrachtDocument.class);
        assertThat(new String(Tussenstanden.schrijf(gelezen))).isEqualTo(new String(Tussenstanden.schrijf(document)));
        assertThat(gelezen.tussenstandboekhouding().isVanafHetBeginGevolgd()).isTrue();
    }

    @Test
    void eenKopieVoorDeEersteGebeurtenisVanEenNieuweMaandOfNaHetInterval() {
        Tussenstanden tussenstanden = new Tussenstanden(null, 500);
        OpdrachtDocument document = gevouwen(); // 9 events on 2026-03-01
        Instant maart = Instant.parse("2026-03-31T12:00:00Z");
        Instant april = Instant.parse("2026-04-01T08:00:00Z");
        assertThat(tussenstanden.isKopieNodig(document, april)).as("9 gebeurtenissen: te weinig voor een maandkopie").isFalse();
        UrenGeregistreerd uren = new UrenGeregistreerd(OpdrachtId.van(document.getId()), LocalDate.of(2026, 3, 2), BigDecimal.ONE, "mw-3", WIE);
        for (long versie = 10; versie <= 60; versie++) {
            Opdrachtverloop.verwerk(document, uren, versie, Instant.parse("2026-03-02T10:00:00Z"));
        }
        assertThat(tussenstanden.isKopieNodig(document, maart)).as("zelfde maand").isFalse();
        assertThat(tussenstanden.isKopieNodig(document, april)).as("60 gebeurtenissen, dan een nieuwe maand").isTrue();
        assertThat(tussenstanden.isKopieNodig(document, Instant.parse("2026-03-31T22:30:00Z")))
                .as("31 maart 22:30 UTC is 1 april in Nederland").isTrue();
        document.tussenstandboekhouding().tussenstandBewaard(document.getVersie());
        assertThat(tussenstanden.isKopieNodig(document, april)).as("net bewaard").isFalse();
        for (long versie = 61; versie <= 560; versie++) {
            Opdrachtverloop.verwerk(document, uren, versie, Instant.parse("2026-03-03T10:00:00Z"));
        }
        assertThat(tussenstanden.isKopieNodig(document, maart)).as("500 sinds de vorige, ook in dezelfde maand").isTrue();
    }

    @Test
    void eenDocumentDatNietVanafHetBeginIsGevolgdKrijgtGeenKopie() {
        OpdrachtDocument document = new OpdrachtDocument();
        Opdrachtverloop.verwerk(document, new OpdrachtAanvaard(OpdrachtId.van("5f1c1d1e-0000-4000-8000-000000000002"), WIE), 7,
                Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(new Tussenstanden(null, 1).isKopieNodig(document, Instant.parse("2026-05-01T10:00:00Z"))).isFalse();
    }

    private static OpdrachtDocument gevouwen() {
        OpdrachtId id = OpdrachtId.van("5f1c1d1e-0000-4000-8000-000000000001");
        List<OpdrachtGebeurtenis> events = List.of(
                new OpdrachtAangevraagd(id, "hillegom", WIE, "Titel", "Omschrijving", Categorie.BELEID, Soort.STANDAARD, "0.1",
                        "team-a", 2026, new BigDecimal("120.00"), "Bestuur", List.of("V")),
                new OpdrachtMedeondertekend(id, "lisse", WIE),
                new OpdrachtAanvaard(id, WIE),
                new UrenToegezegd(id, 2026, new BigDecimal("100.5"), Map.of("hillegom", new BigDecimal("50.25"),
                        "lisse", new BigDecimal("50.25")), WIE),
                new UrenGeregistreerd(id, LocalDate.of(2026, 2, 2), new BigDecimal("12.50"), "mw-1", WIE),
                new UrenGeregistreerd(id, LocalDate.of(2026, 4, 30), new BigDecimal("3"), "mw-2", WIE),
                new OutputAfgesproken(id, "a-1", "lisse", "Indicator", "stuks", new BigDecimal("10"), LocalDate.of(2026, 12, 31),
                        "Bron", WIE),
                new OutputGerealiseerd(id, "a-1", new BigDecimal("4.0"), LocalDate.of(2026, 3, 1), "Toelichting", WIE),
                new CapaciteitOverschreden(id, "team-a", 2026, new BigDecimal("7.25"), "Reden", WIE));
        OpdrachtDocument document = new OpdrachtDocument();
        Instant tijdstip = Instant.parse("2026-03-01T10:00:00.123Z");
        for (int i = 0; i < events.size(); i++) {
            Opdrachtverloop.verwerk(document, events.get(i), i + 1, tijdstip.plusSeconds(Math.min(i, 7)));
        }
        return document;
    }
}
