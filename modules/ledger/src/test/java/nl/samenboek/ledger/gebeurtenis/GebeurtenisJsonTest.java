package nl.samenboek.ledger.gebeurtenis;

import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Gebeurtenistypen;
import nl.samenboek.messages.aanbeveling.AanbevelingIngedeeld;
import nl.samenboek.messages.aanbeveling.AanbevelingVastgesteld;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.Terugkerend;
import nl.samenboek.messages.aanbeveling.UitstelBesloten;
import nl.samenboek.messages.aanbeveling.VervalBesloten;
import nl.samenboek.messages.aanbeveling.VoortgangGemeld;
import nl.samenboek.messages.aanbeveling.Voortgangssoort;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGeannuleerd;
import nl.samenboek.messages.budget.BudgetVastgesteld;
import nl.samenboek.messages.formatie.FormatieVastgesteld;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGehouden;
import nl.samenboek.messages.bijeenkomst.BijeenkomstGepland;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.samenwerking.GemeenteToegetreden;
import nl.samenboek.messages.samenwerking.VerdeelsleutelVastgesteld;
import nl.samenboek.messages.tarief.TariefVastgesteld;
import nl.samenboek.messages.werkplan.WerkplanVastgesteld;
import nl.samenboek.messages.monitor.Grootboekstand;
import nl.samenboek.messages.monitor.Indicatorwaarde;
import nl.samenboek.messages.monitor.MetingGedaan;
import nl.samenboek.messages.monitor.MetingVastgesteld;
import nl.samenboek.messages.monitor.Metingsoort;
import nl.samenboek.messages.monitor.NormenkaderVastgesteld;
import nl.samenboek.messages.opdracht.SleutelprojectAangewezen;
import nl.samenboek.messages.samenwerking.GemeenteUitgetreden;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored JSON of every event type, byte for byte. Each gemeente's grootboek is a SHA-256 chain over this JSON, so a
 * change here (a renamed component, a typed id that renders differently, another number format) would break the
 * verification of every existing data directory. When an event's shape must change, it gets a revision and an
 * upcaster; this test then keeps the old form's JSON as well.
 */
class GebeurtenisJsonTest {

    private static final OpdrachtId OPDRACHT = OpdrachtId.van("5f0c1c9e-0000-4000-8000-000000000001");
    private static final List<String> LISSE = List.of("lisse");
    private static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");
    private static final LocalDate DAG = LocalDate.of(2025, 3, 10);

    /** One example of every event type and its stored JSON. */
    private static Map<Gebeurtenis, String> voorbeelden() {
        Map<Gebeurtenis, String> json = new LinkedHashMap<>();
        json.put(new GemeenteToegetreden("hltsamen", "lisse", "Lisse", LocalDate.of(2017, 1, 1), LISSE),
                "{\"samenwerking\":\"hltsamen\",\"code\":\"lisse\",\"naam\":\"Lisse\",\"datum\":\"2017-01-01\",\"gemeenten\":[\"lisse\"]}");
        json.put(new GemeenteToegetreden("buch", "heiloo", "Heiloo", LocalDate.of(2017, 1, 1), List.of("heiloo"), 23_003),
                "{\"samenwerking\":\"buch\",\"code\":\"heiloo\",\"naam\":\"Heiloo\",\"datum\":\"2017-01-01\",\"gemeenten\":[\"heiloo\"],"
                        + "\"inwoners\":23003}");
        json.put(new GemeenteUitgetreden("buch", "uitgeest", LocalDate.of(2027, 1, 1), List.of("uitgeest")),
                "{\"samenwerking\":\"buch\",\"code\":\"uitgeest\",\"datum\":\"2027-01-01\",\"gemeenten\":[\"uitgeest\"]}");
        json.put(new VerdeelsleutelVastgesteld("hltsamen", LocalDate.of(2017, 1, 1),
                        Map.of("teylingen", new BigDecimal("2"), "hillegom", BigDecimal.ONE, "lisse", new BigDecimal("1.0")), DRIE),
                "{\"samenwerking\":\"hltsamen\",\"ingangsdatum\":\"2017-01-01\",\"aandelen\":{\"hillegom\":1,\"lisse\":1.0,\"teylingen\":2},"
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new OpdrachtAangevraagd(OPDRACHT, "lisse", LISSE, "Beleidsnotitie", "Een notitie.", Categorie.BELEID,
                        Soort.STANDAARD, "8.1", "ruimte", 2025, new BigDecimal("120.50"), null, List.of("V")),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"aanvrager\":\"lisse\",\"gemeenten\":[\"lisse\"],"
                        + "\"titel\":\"Beleidsnotitie\",\"omschrijving\":\"Een notitie.\",\"categorie\":\"beleid\",\"soort\":\"standaard\","
                        + "\"taakveld\":\"8.1\",\"team\":\"ruimte\",\"begrotingsjaar\":2025,\"geraamdeUren\":120.50,\"programma\":null,"
                        + "\"aanbevelingen\":[\"V\"]}");
        json.put(new OpdrachtMedeondertekend(OPDRACHT, "teylingen", DRIE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"gemeente\":\"teylingen\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new OpdrachtAanvaard(OPDRACHT, LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OpdrachtAfgewezen(OPDRACHT, "Past niet", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"reden\":\"Past niet\",\"gemeenten\":[\"lisse\"]}");
        json.put(new UrenToegezegd(OPDRACHT, 2025, new BigDecimal("100"), Map.of("lisse", new BigDecimal("100")), LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"jaar\":2025,\"uren\":100,\"verdeling\":{\"lisse\":100},"
                        + "\"gemeenten\":[\"lisse\"]}");
        json.put(new CapaciteitOverschreden(OPDRACHT, "ruimte", 2025, new BigDecimal("50"), "Crisis", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"team\":\"ruimte\",\"jaar\":2025,\"boven\":50,"
                        + "\"reden\":\"Crisis\",\"gemeenten\":[\"lisse\"]}");
        json.put(new UrenGeregistreerd(OPDRACHT, DAG, new BigDecimal("7.5"), "mw-0042", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"datum\":\"2025-03-10\",\"uren\":7.5,"
                        + "\"medewerker\":\"mw-0042\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OpdrachtGewijzigd(OPDRACHT, "lisse", new BigDecimal("150"), null, "Meer inspraak", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"door\":\"lisse\",\"geraamdeUren\":150,"
                        + "\"omschrijving\":null,\"reden\":\"Meer inspraak\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OpdrachtAfgerond(OPDRACHT, LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OpdrachtIngetrokken(OPDRACHT, "lisse", "Niet meer nodig", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"door\":\"lisse\",\"reden\":\"Niet meer nodig\","
                        + "\"gemeenten\":[\"lisse\"]}");
        json.put(new OutputAfgesproken(OPDRACHT, "a1", "lisse", "Notities", "stuks", new BigDecimal("2"), LocalDate.of(2025, 12, 31),
                        "RIS", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraakId\":\"a1\",\"door\":\"lisse\",\"indicator\":\"Notities\","
                        + "\"eenheid\":\"stuks\",\"streefwaarde\":2,\"meetmoment\":\"2025-12-31\",\"bron\":\"RIS\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OutputGerealiseerd(OPDRACHT, "a1", new BigDecimal("1E+1"), DAG, null, LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraak\":\"a1\",\"waarde\":10,\"peildatum\":\"2025-03-10\","
                        + "\"toelichting\":null,\"gemeenten\":[\"lisse\"]}");
        json.put(new OutcomeAfgesproken(OPDRACHT, "b1", "lisse", "Tevredenheid", "procent", new BigDecimal("80.0"),
                        LocalDate.of(2030, 12, 31), "Enquête", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraakId\":\"b1\",\"door\":\"lisse\","
                        + "\"indicator\":\"Tevredenheid\",\"eenheid\":\"procent\",\"streefwaarde\":80.0,\"meetmoment\":\"2030-12-31\","
                        + "\"bron\":\"Enquête\",\"gemeenten\":[\"lisse\"]}");
        json.put(new OutcomeGerapporteerd(OPDRACHT, "b1", new BigDecimal("75"), DAG, "Eerste meting", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraak\":\"b1\",\"waarde\":75,\"peildatum\":\"2025-03-10\","
                        + "\"toelichting\":\"Eerste meting\",\"gemeenten\":[\"lisse\"]}");
        json.put(new AanbevelingVastgesteld("A", "Gezamenlijke collegemomenten", Aanbevelingscategorie.INSTITUTIONEEL, "Afstemming",
                        "jaarlijks", null, List.of(new Mijlpaal(LocalDate.of(2026, 6, 30), "tussenstap")),
                        new Terugkerend(3, "jaar", "gezamenlijke-colleges", "ten minste 3 per jaar"), LocalDate.of(2024, 10, 22),
                        "nota", DRIE),
                "{\"letter\":\"A\",\"titel\":\"Gezamenlijke collegemomenten\",\"categorie\":\"institutioneel\","
                        + "\"beoogdResultaat\":\"Afstemming\",\"tijdpad\":\"jaarlijks\",\"deadline\":null,"
                        + "\"mijlpalen\":[{\"datum\":\"2026-06-30\",\"omschrijving\":\"tussenstap\"}],"
                        + "\"terugkerend\":{\"vereist\":3,\"periode\":\"jaar\",\"bijeenkomst\":\"gezamenlijke-colleges\","
                        + "\"omschrijving\":\"ten minste 3 per jaar\"},\"vastgesteldOp\":\"2024-10-22\",\"bron\":\"nota\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new VoortgangGemeld("C", Voortgangssoort.GESTART, DAG, "Gepland", "directie", DRIE),
                "{\"letter\":\"C\",\"soort\":\"gestart\",\"datum\":\"2025-03-10\",\"toelichting\":\"Gepland\",\"door\":\"directie\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new UitstelBesloten("C", DAG, LocalDate.of(2025, 9, 30), "Capaciteit", DRIE),
                "{\"letter\":\"C\",\"datum\":\"2025-03-10\",\"nieuweDeadline\":\"2025-09-30\",\"reden\":\"Capaciteit\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new VervalBesloten("C", DAG, "Opgenomen in D", DRIE),
                "{\"letter\":\"C\",\"datum\":\"2025-03-10\",\"reden\":\"Opgenomen in D\",\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new BijeenkomstGehouden("b7d2c3a4-0000-4000-8000-000000000002", Bijeenkomstsoort.GEZAMENLIJKE_RADEN, DAG,
                        List.of("hillegom", "lisse"), "Kadernota"),
                "{\"bijeenkomstId\":\"b7d2c3a4-0000-4000-8000-000000000002\",\"soort\":\"gezamenlijke-raden\",\"datum\":\"2025-03-10\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\"],\"onderwerp\":\"Kadernota\"}");
        json.put(new WerkplanVastgesteld("ruimte", 2025, new BigDecimal("10000"), new BigDecimal("20"), new BigDecimal("2000.00"),
                        new BigDecimal("8000.00"), Map.of("lisse", new BigDecimal("2000"), "hillegom", new BigDecimal("1000")),
                        new BigDecimal("5000.00"), DRIE),
                "{\"team\":\"ruimte\",\"jaar\":2025,\"capaciteit\":10000,\"ontwikkeltijdPercentage\":20,\"ontwikkeltijd\":2000.00,"
                        + "\"planbaar\":8000.00,\"gepland\":{\"hillegom\":1000,\"lisse\":2000},\"vrijeRuimte\":5000.00,"
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new TariefVastgesteld("ruimte", 2025, new BigDecimal("98.50"), DRIE),
                "{\"team\":\"ruimte\",\"jaar\":2025,\"tarief\":98.50,\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new OpdrachtAangevraagd(OPDRACHT, "lisse", LISSE, "Motie bollen", "Uitvoering.", Categorie.BELEID, Soort.STANDAARD,
                        "8.1", "ruimte", 2026, new BigDecimal("40"), null, List.of(),
                        new Herkomst(Herkomstsoort.RAADSMOTIE, "M2025-14", LocalDate.of(2025, 11, 6)), LocalDate.of(2026, 6, 30)),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"aanvrager\":\"lisse\",\"gemeenten\":[\"lisse\"],"
                        + "\"titel\":\"Motie bollen\",\"omschrijving\":\"Uitvoering.\",\"categorie\":\"beleid\",\"soort\":\"standaard\","
                        + "\"taakveld\":\"8.1\",\"team\":\"ruimte\",\"begrotingsjaar\":2026,\"geraamdeUren\":40,\"programma\":null,"
                        + "\"aanbevelingen\":[],\"herkomst\":{\"soort\":\"raadsmotie\",\"kenmerk\":\"M2025-14\",\"datum\":\"2025-11-06\"},"
                        + "\"opleverdatum\":\"2026-06-30\"}");
        json.put(new OpdrachtGeweigerd(OPDRACHT, "teylingen", "Past niet", DRIE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"gemeente\":\"teylingen\",\"reden\":\"Past niet\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new PrioriteitGegeven(OPDRACHT, Prioriteit.HOOG, "Motie met termijn", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"prioriteit\":\"hoog\",\"reden\":\"Motie met termijn\","
                        + "\"gemeenten\":[\"lisse\"]}");
        json.put(new UrenGecorrigeerd(OPDRACHT, 4, DAG, "mw-0042", new BigDecimal("7.5"), new BigDecimal("6"), "Dubbel", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"registratie\":4,\"datum\":\"2025-03-10\","
                        + "\"medewerker\":\"mw-0042\",\"vorigeUren\":7.5,\"uren\":6,\"reden\":\"Dubbel\",\"gemeenten\":[\"lisse\"]}");
        json.put(new AfspraakGewijzigd(OPDRACHT, "a1", Resultaatniveau.OUTPUT, "lisse", new BigDecimal("3"), null, "Meer", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraak\":\"a1\",\"niveau\":\"output\",\"door\":\"lisse\","
                        + "\"streefwaarde\":3,\"meetmoment\":null,\"reden\":\"Meer\",\"gemeenten\":[\"lisse\"]}");
        json.put(new AfspraakIngetrokken(OPDRACHT, "b1", Resultaatniveau.OUTCOME, "lisse", "Weg", LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"afspraak\":\"b1\",\"niveau\":\"outcome\",\"door\":\"lisse\","
                        + "\"reden\":\"Weg\",\"gemeenten\":[\"lisse\"]}");
        json.put(new SleutelprojectAangewezen(OPDRACHT, List.of("Doorlooptijd", "Tevredenheid"), LISSE),
                "{\"opdrachtId\":\"5f0c1c9e-0000-4000-8000-000000000001\",\"criteria\":[\"Doorlooptijd\",\"Tevredenheid\"],"
                        + "\"gemeenten\":[\"lisse\"]}");
        json.put(new NormenkaderVastgesteld(2025, new TreeMap<>(Map.of("aandeel-output", new BigDecimal("0.50"),
                        "aanbevelingen-te-laat", new BigDecimal("2"))), DRIE),
                "{\"jaar\":2025,\"normen\":{\"aanbevelingen-te-laat\":2,\"aandeel-output\":0.50},"
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new MetingGedaan("m1", Metingsoort.NULMETING, LocalDate.of(2025, 12, 31), 2025, "Nulmeting",
                        Instant.parse("2026-01-05T10:00:00Z"), new TreeMap<>(Map.of("lisse", new Grootboekstand(3, "a".repeat(64)))),
                        new TreeMap<>(Map.of("aandeel-output", new Indicatorwaarde(new BigDecimal("0.2500"), Map.of("lisse", new BigDecimal("0.2500"))),
                                "aanbevelingen-te-laat", new Indicatorwaarde(new BigDecimal("4"), null))), LISSE),
                "{\"metingId\":\"m1\",\"soort\":\"nulmeting\",\"peildatum\":\"2025-12-31\",\"normenkader\":2025,"
                        + "\"omschrijving\":\"Nulmeting\",\"bekendOp\":\"2026-01-05T10:00:00Z\",\"grootboek\":{\"lisse\":{\"aantal\":3,"
                        + "\"hoofdHash\":\"" + "a".repeat(64) + "\"}},\"indicatoren\":{\"aanbevelingen-te-laat\":{\"waarde\":4},"
                        + "\"aandeel-output\":{\"waarde\":0.2500,\"perGemeente\":{\"lisse\":0.2500}}},\"gemeenten\":[\"lisse\"]}");
        json.put(new MetingVastgesteld("m1", "lisse", "Raadsbesluit 14", LocalDate.of(2026, 2, 12), LISSE),
                "{\"metingId\":\"m1\",\"gemeente\":\"lisse\",\"besluit\":\"Raadsbesluit 14\",\"datum\":\"2026-02-12\","
                        + "\"gemeenten\":[\"lisse\"]}");
        // the uitvoeringsagenda as the nota reads it: stappen, per gemeente, planned and cancelled meetings
        json.put(new AanbevelingIngedeeld("N", "Integriteitsbeleid opgesteld", true, DRIE),
                "{\"letter\":\"N\",\"eersteStap\":\"Integriteitsbeleid opgesteld\",\"perGemeente\":true,"
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new VoortgangGemeld("N", Voortgangssoort.GEREALISEERD, DAG, "Vastgesteld", "college", DRIE, 1, "lisse"),
                "{\"letter\":\"N\",\"soort\":\"gerealiseerd\",\"datum\":\"2025-03-10\",\"toelichting\":\"Vastgesteld\","
                        + "\"door\":\"college\",\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"],\"stap\":1,\"gemeente\":\"lisse\"}");
        json.put(new VoortgangGemeld("V", Voortgangssoort.VOORTGANG, DAG, "Output", "directie", DRIE, 2, null),
                "{\"letter\":\"V\",\"soort\":\"voortgang\",\"datum\":\"2025-03-10\",\"toelichting\":\"Output\","
                        + "\"door\":\"directie\",\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"],\"stap\":2}");
        json.put(new UitstelBesloten("V", DAG, LocalDate.of(2028, 6, 30), "Output later", DRIE, 2),
                "{\"letter\":\"V\",\"datum\":\"2025-03-10\",\"nieuweDeadline\":\"2028-06-30\",\"reden\":\"Output later\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"],\"stap\":2}");
        json.put(new BijeenkomstGehouden("b7d2c3a4-0000-4000-8000-000000000003", Bijeenkomstsoort.GEZAMENLIJKE_RADEN, DAG, DRIE,
                        "Kadernota", PcMoment.KADERNOTA),
                "{\"bijeenkomstId\":\"b7d2c3a4-0000-4000-8000-000000000003\",\"soort\":\"gezamenlijke-raden\",\"datum\":\"2025-03-10\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"],\"onderwerp\":\"Kadernota\",\"pcMoment\":\"kadernota\"}");
        json.put(new BijeenkomstGepland("b7d2c3a4-0000-4000-8000-000000000004", Bijeenkomstsoort.GEZAMENLIJKE_COLLEGES,
                        LocalDate.of(2027, 2, 15), DRIE, "Eigenaarschap", null),
                "{\"bijeenkomstId\":\"b7d2c3a4-0000-4000-8000-000000000004\",\"soort\":\"gezamenlijke-colleges\","
                        + "\"datum\":\"2027-02-15\",\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"],\"onderwerp\":\"Eigenaarschap\","
                        + "\"pcMoment\":null}");
        json.put(new BijeenkomstGeannuleerd("b7d2c3a4-0000-4000-8000-000000000004", "Verkiezingen", DRIE),
                "{\"bijeenkomstId\":\"b7d2c3a4-0000-4000-8000-000000000004\",\"reden\":\"Verkiezingen\","
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        // money and formatie (docs/pc-documenten.md)
        json.put(new BudgetVastgesteld("lisse", 2025, new BigDecimal("25000.01"), Map.of("standaardpakket", new BigDecimal("0.8"),
                        "klussen", new BigDecimal("0.1"), "reserve", new BigDecimal("0.10")), DRIE),
                "{\"gemeente\":\"lisse\",\"jaar\":2025,\"bijdrage\":25000.01,\"budgetlijnen\":{\"klussen\":0.1,\"reserve\":0.10,"
                        + "\"standaardpakket\":0.8},\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new BudgetVastgesteld("hillegom", 2026, BigDecimal.ZERO, Map.of(), DRIE),
                "{\"gemeente\":\"hillegom\",\"jaar\":2026,\"bijdrage\":0,\"budgetlijnen\":{},"
                        + "\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        json.put(new FormatieVastgesteld("ruimte", 2025, new BigDecimal("12.5"), new BigDecimal("1.5"), new BigDecimal("300"),
                        new BigDecimal("1400"), new BigDecimal("15700.00"), DRIE),
                "{\"team\":\"ruimte\",\"jaar\":2025,\"fte\":12.5,\"vacaturesFte\":1.5,\"inhuurUren\":300,\"urenPerFte\":1400,"
                        + "\"beschikbareUren\":15700.00,\"gemeenten\":[\"hillegom\",\"lisse\",\"teylingen\"]}");
        return json;
    }

    @Test
    void elkeGebeurtenisHoudtHaarOpgeslagenJson() throws Exception {
        for (Map.Entry<Gebeurtenis, String> voorbeeld : voorbeelden().entrySet()) {
            assertThat(GebeurtenisJson.mapper().writeValueAsString(voorbeeld.getKey()))
                    .as(voorbeeld.getKey().getClass().getSimpleName())
                    .isEqualTo(voorbeeld.getValue());
        }
    }

    @Test
    void leestDeOpgeslagenJsonTerugAlsDezelfdeGebeurtenis() throws Exception {
        for (Map.Entry<Gebeurtenis, String> voorbeeld : voorbeelden().entrySet()) {
            Object gelezen = GebeurtenisJson.mapper().readValue(voorbeeld.getValue(), voorbeeld.getKey().getClass());
            assertThat(GebeurtenisJson.mapper().writeValueAsString(gelezen))
                    .as(voorbeeld.getKey().getClass().getSimpleName())
                    .isEqualTo(voorbeeld.getValue());
        }
    }

    @Test
    void heeftEenVoorbeeldVanElkGebeurtenistype() {
        assertThat(voorbeelden().keySet().stream().map(g -> (Object) g.getClass()).distinct())
                .containsExactlyInAnyOrderElementsOf(Gebeurtenistypen.alle());
    }
}
