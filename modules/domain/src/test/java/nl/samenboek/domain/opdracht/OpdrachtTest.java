package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.messages.fout.VerouderdeVersie;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import nl.samenboek.messages.opdracht.ZegUrenToe;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.samenboek.domain.opdracht.OpdrachtMother.DRIE;
import static nl.samenboek.domain.opdracht.OpdrachtMother.ID;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aangevraagd;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aangevraagdDoorLisse;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aanvaard;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aanvraagVanLisse;
import static nl.samenboek.domain.opdracht.OpdrachtMother.gezamenlijkAangevraagd;
import static nl.samenboek.domain.opdracht.OpdrachtMother.gezamenlijkeAanvraag;
import static nl.samenboek.domain.opdracht.OpdrachtMother.maatwerkVoorTeylingen;
import static nl.samenboek.domain.opdracht.OpdrachtMother.medeondertekendDoor;
import static nl.samenboek.domain.opdracht.OpdrachtMother.toegezegd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class OpdrachtTest {

    private static final List<String> LISSE = List.of("lisse");
    private static final LocalDate GISTEREN = LocalDate.now().minusDays(1);

    private AggregateTestFixture<Opdracht> fixture;

    @BeforeEach
    void maakFixture() {
        fixture = new AggregateTestFixture<>(Opdracht.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
        fixture.registerInjectableResource(VasteCapaciteit.zonderWerkplannen());
    }

    @Nested
    class Aanvragen {

        @Test
        void legtEenAanvraagVastMetVersieEen() {
            fixture.givenNoPriorActivity()
                    .when(aanvraagVanLisse())
                    .expectEvents(aangevraagdDoorLisse())
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANGEVRAAGD, 1, Niveau.GEEN));
        }

        @Test
        void laatEenGezamenlijkeOpdrachtWachtenOpMedeondertekening() {
            fixture.givenNoPriorActivity()
                    .when(gezamenlijkeAanvraag())
                    .expectEvents(gezamenlijkAangevraagd())
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING, 1, Niveau.GEEN));
        }

        @Test
        void weigertEenAanvraagVoorAlleenEenAndereGemeente() {
            VraagOpdrachtAan voorHillegom = metGemeenten(aanvraagVanLisse(), List.of("hillegom"));
            fixture.givenNoPriorActivity().when(voorHillegom).expectException(Verboden.class).expectNoEvents();
        }

        @Test
        void weigertMaatwerkVoorMeerDanEenGemeente() {
            VraagOpdrachtAan maatwerk = maatwerkVoorTeylingen();
            VraagOpdrachtAan voorTwee = new VraagOpdrachtAan(ID, "teylingen", maatwerk.titel(), maatwerk.omschrijving(),
                    List.of("teylingen", "lisse"), Categorie.BELEID, Soort.MAATWERK, "8.1", "ruimte", 2025,
                    BigDecimal.TEN, null, null);
            fixture.givenNoPriorActivity().when(voorTwee)
                    .expectException(OngeldigeInvoer.class)
                    .expectExceptionMessage(containsString("soort"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            VraagOpdrachtAan leeg = new VraagOpdrachtAan(ID, "lisse", " ", null, List.of("lisse", "bennebroek"), null, null,
                    "0.99", "", 2016, new BigDecimal("-1"), null, List.of("Z"));
            fixture.givenNoPriorActivity().when(leeg).expectException(OngeldigeInvoer.class).expectNoEvents();
            OngeldigeInvoer fout = vangOngeldigeInvoer(leeg);
            assertThat(fout.parameters()).extracting(p -> p.name()).containsExactlyInAnyOrder(
                    "titel", "omschrijving", "gemeenten", "categorie", "soort", "taakveld", "team", "begrotingsjaar",
                    "geraamdeUren", "aanbevelingen");
        }

        @Test
        void kentDeTaakveldenAlsTekstNietAlsGetal() {
            VraagOpdrachtAan metNulPuntTien = metTaakveld(aanvraagVanLisse(), "0.10");
            fixture.givenNoPriorActivity().when(metNulPuntTien).expectSuccessfulHandlerExecution();
            fixture.givenNoPriorActivity().when(metTaakveld(aanvraagVanLisse(), "0.100"))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertUrenMetMeerDanTweeDecimalen() {
            VraagOpdrachtAan a = aanvraagVanLisse();
            VraagOpdrachtAan fijn = new VraagOpdrachtAan(ID, a.aanvrager(), a.titel(), a.omschrijving(), a.gemeenten(),
                    a.categorie(), a.soort(), a.taakveld(), a.team(), a.begrotingsjaar(), new BigDecimal("1.005"), null, null);
            fixture.givenNoPriorActivity().when(fijn).expectException(OngeldigeInvoer.class).expectNoEvents();
        }
    }

    @Nested
    class Medeondertekenen {

        @Test
        void wordtAangevraagdAlsElkBetrokkenCollegeHeeftGetekend() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new OndertekenOpdrachtMede(ID, "teylingen", null))
                    .expectEvents(medeondertekendDoor("teylingen"))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANGEVRAAGD, 3, Niveau.GEEN));
        }

        @Test
        void blijftWachtenZolangEenCollegeNietTekende() {
            fixture.given(gezamenlijkAangevraagd())
                    .when(new OndertekenOpdrachtMede(ID, "lisse", null))
                    .expectEvents(medeondertekendDoor("lisse"))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.WACHT_OP_MEDEONDERTEKENING, 2, Niveau.GEEN));
        }

        @Test
        void weigertTweedeHandtekeningVanHetzelfdeCollege() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new OndertekenOpdrachtMede(ID, "lisse", null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void deAanvragerOndertekentNietMedeWantDatDoenDeAndereColleges() {
            // API.md: medeondertekeningen are for the college of *another* concerned gemeente, so this is 403, not 409
            fixture.given(gezamenlijkAangevraagd())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", null))
                    .expectException(Verboden.class).expectNoEvents();
        }

        @Test
        void wieNietMagHoortDatVoordatDeVersieTelt() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", 99L))
                    .expectException(Verboden.class).expectNoEvents();
        }

        @Test
        void weigertEenCollegeVanEenNietBetrokkenGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", null))
                    .expectException(Verboden.class).expectNoEvents();
        }
    }

    @Nested
    class Aanvaarden {

        @Test
        void aanvaardtEenAangevraagdeOpdracht() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new AanvaardOpdracht(ID, null))
                    .expectEvents(new OpdrachtAanvaard(ID, LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 2, Niveau.GEEN));
        }

        @Test
        void weigertAanvaardingVoorMedeondertekening() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new AanvaardOpdracht(ID, null))
                    .expectException(Conflict.class)
                    .expectExceptionMessage(containsString("teylingen"))
                    .expectNoEvents();
        }

        @Test
        void weigertTweemaalAanvaarden() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new AanvaardOpdracht(ID, null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertEenVerouderdeVersieNogVoorDeLevenscyclus() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new AanvaardOpdracht(ID, 1L))
                    .expectException(VerouderdeVersie.class).expectNoEvents();
        }

        @Test
        void aanvaardtMetDeActueleVersie() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new AanvaardOpdracht(ID, 1L))
                    .expectEvents(new OpdrachtAanvaard(ID, LISSE));
        }
    }

    @Nested
    class Afwijzen {

        @Test
        void wijstAfMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsOpdrachtAf(ID, "Past niet in het werkplan", null))
                    .expectEvents(new OpdrachtAfgewezen(ID, "Past niet in het werkplan", LISSE));
        }

        @Test
        void vraagtEenReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsOpdrachtAf(ID, "  ", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertAfwijzingNaAanvaarding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new WijsOpdrachtAf(ID, "Toch niet", null))
                    .expectException(Conflict.class).expectNoEvents();
        }
    }

    @Nested
    class UrenToezeggen {

        @Test
        void zegtUrenToeVoorEenJaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), null, null, null))
                    .expectEvents(toegezegd(LISSE, 2025, "100"))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 3, Niveau.INPUT));
        }

        @Test
        void aanvaardtEenVerdelingDieOptelt() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"), aanvaard(DRIE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), Map.of("hillegom", new BigDecimal("50"),
                            "lisse", new BigDecimal("50"), "teylingen", BigDecimal.ZERO), null, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void weigertEenVerdelingDieNietOptelt() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"), aanvaard(DRIE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), Map.of("hillegom", new BigDecimal("60"),
                            "lisse", new BigDecimal("50")), null, null))
                    .expectException(OngeldigeInvoer.class)
                    .expectExceptionMessage(containsString("verdeling"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenVerdelingOverEenNietBetrokkenGemeente() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), Map.of("hillegom", new BigDecimal("100")), null, null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertToezeggingVoorAanvaarding() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), null, null, null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertEenJaarVoorHetBegrotingsjaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2024, new BigDecimal("100"), null, null, null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void vervangtEenEerdereToezeggingVoorHetzelfdeJaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("80"), null, null, null))
                    .expectEvents(toegezegd(LISSE, 2025, "80"));
        }
    }

    @Nested
    class Werkplancapaciteit {

        private final VasteCapaciteit krap = new VasteCapaciteit("ruimte", 2025, new BigDecimal("1000"), new BigDecimal("950"));

        @Test
        void weigertToezeggingBovenDePlanbareCapaciteit() {
            metCapaciteit(krap).given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), null, null, null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void aanvaardtEenExplicieteOverschrijdingAlsGebeurtenis() {
            metCapaciteit(krap).given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2025, new BigDecimal("100"), null, "Crisis in de bollensector", null))
                    .expectEvents(toegezegd(LISSE, 2025, "100"),
                            new CapaciteitOverschreden(ID, "ruimte", 2025, new BigDecimal("50"), "Crisis in de bollensector", LISSE));
        }

        @Test
        void weigertNietsZonderWerkplan() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new ZegUrenToe(ID, 2026, new BigDecimal("100000"), null, null, null))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Afspraken {

        private final LocalDate meetmoment = LocalDate.of(2025, 12, 31);

        @Test
        void legtEenSmartOutputafspraakVastEnVerhoogtHetNiveau() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new MaakAfspraak(ID, Resultaatniveau.OUTPUT, "a1", "lisse", "Vastgestelde notities", "stuks",
                            new BigDecimal("2"), meetmoment, "Raadsinformatiesysteem", null))
                    .expectEvents(new OutputAfgesproken(ID, "a1", "lisse", "Vastgestelde notities", "stuks", new BigDecimal("2"),
                            meetmoment, "Raadsinformatiesysteem", LISSE))
                    .expectResultMessagePayload(new AfspraakStand("a1", Resultaatniveau.OUTPUT,
                            new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 4, Niveau.OUTPUT)));
        }

        @Test
        void noemtElkOntbrekendSmartDeel() {
            MaakAfspraak vaag = new MaakAfspraak(ID, Resultaatniveau.OUTCOME, "a1", "lisse", " ", null, null,
                    LocalDate.of(2024, 6, 1), "", null);
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(vaag).expectException(OngeldigeInvoer.class).expectNoEvents();
            Foutenlijst fouten = new Foutenlijst();
            SmartRegels.controleer(fouten, vaag, 2025);
            assertThat(fouten.fouten()).extracting(f -> f.name())
                    .containsExactlyInAnyOrder("indicator", "eenheid", "streefwaarde", "meetmoment", "bron");
        }

        @Test
        void vraagtToegezegdeUren() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new MaakAfspraak(ID, Resultaatniveau.OUTPUT, "a1", "lisse", "Notities", "stuks", BigDecimal.ONE,
                            meetmoment, "RIS", null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void alleenEenBetrokkenCollegeSpreektAf() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new MaakAfspraak(ID, Resultaatniveau.OUTPUT, "a1", "hillegom", "Notities", "stuks", BigDecimal.ONE,
                            meetmoment, "RIS", null))
                    .expectException(Verboden.class).expectNoEvents();
        }

        @Test
        void eenRealisatieVerwijstNaarEenBestaandeOutputafspraak() {
            OutputAfgesproken afspraak = new OutputAfgesproken(ID, "a1", "lisse", "Notities", "stuks", BigDecimal.ONE, meetmoment, "RIS", LISSE);
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), afspraak)
                    .when(new MeldResultaat(ID, Resultaatniveau.OUTPUT, "a1", BigDecimal.ONE, LocalDate.of(2025, 6, 1), null, null))
                    .expectEvents(new OutputGerealiseerd(ID, "a1", BigDecimal.ONE, LocalDate.of(2025, 6, 1), null, LISSE));
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), afspraak)
                    .when(new MeldResultaat(ID, Resultaatniveau.OUTCOME, "a1", BigDecimal.ONE, LocalDate.of(2025, 6, 1), null, null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }
    }

    @Nested
    class UrenRegistreren {

        private final LocalDate dag = LocalDate.of(2025, 3, 10);

        @Test
        void registreertUrenVanEenMedewerker() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new RegistreerUren(ID, dag, new BigDecimal("7.5"), "mw-0042", null))
                    .expectEvents(new UrenGeregistreerd(ID, dag, new BigDecimal("7.5"), "mw-0042", LISSE));
        }

        @Test
        void weigertMeerDanVierentwintigUurOpEenDag() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("20"), "mw-0042", LISSE))
                    .when(new RegistreerUren(ID, dag, new BigDecimal("5"), "mw-0042", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void staatVierentwintigUurVanVerschillendeMedewerkersToe() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("20"), "mw-0042", LISSE))
                    .when(new RegistreerUren(ID, dag, new BigDecimal("5"), "mw-0043", null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void weigertEenNaamAlsMedewerker() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new RegistreerUren(ID, dag, BigDecimal.ONE, "Jan de Vries", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertNulOfNegatieveUren() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new RegistreerUren(ID, dag, BigDecimal.ZERO, "mw-0042", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertEenDatumInDeToekomst() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, LocalDate.now().getYear(), "100"))
                    .when(new RegistreerUren(ID, LocalDate.now().plusDays(2), BigDecimal.ONE, "mw-0042", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertUrenInEenJaarZonderToezegging() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2026, "100"))
                    .when(new RegistreerUren(ID, dag, BigDecimal.ONE, "mw-0042", null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertUrenOpEenAfgerondeOpdracht() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), new OpdrachtAfgerond(ID, LISSE))
                    .when(new RegistreerUren(ID, GISTEREN, BigDecimal.ONE, "mw-0042", null))
                    .expectException(Conflict.class).expectNoEvents();
        }
    }

    @Nested
    class Wijzigen {

        @Test
        void wijzigtDeRamingMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("150"), null, "Meer inspraak", null))
                    .expectEvents(new OpdrachtGewijzigd(ID, "lisse", new BigDecimal("150"), null, "Meer inspraak", LISSE));
        }

        @Test
        void vraagtIetsOmTeWijzigen() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "lisse", null, null, "Niets", null))
                    .expectException(OngeldigeInvoer.class).expectNoEvents();
        }

        @Test
        void weigertEenCollegeVanEenAndereGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "teylingen", new BigDecimal("150"), null, "Meer", null))
                    .expectException(Verboden.class).expectNoEvents();
        }

        @Test
        void weigertWijzigingNaAfronding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("150"), null, "Meer", null))
                    .expectException(Conflict.class).expectNoEvents();
        }
    }

    @Nested
    class AfrondenEnIntrekken {

        @Test
        void rondtEenAanvaardeOpdrachtAf() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new RondOpdrachtAf(ID, null))
                    .expectEvents(new OpdrachtAfgerond(ID, LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AFGEROND, 3, Niveau.GEEN));
        }

        @Test
        void weigertAfrondingVoorAanvaarding() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new RondOpdrachtAf(ID, null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void trektEenOpdrachtInMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new TrekOpdrachtIn(ID, "lisse", "Niet meer nodig", null))
                    .expectEvents(new OpdrachtIngetrokken(ID, "lisse", "Niet meer nodig", LISSE));
        }

        @Test
        void weigertIntrekkingNaAfronding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new TrekOpdrachtIn(ID, "lisse", "Te laat", null))
                    .expectException(Conflict.class).expectNoEvents();
        }

        @Test
        void weigertIntrekkingDoorEenAndereGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new TrekOpdrachtIn(ID, "hillegom", "Weg ermee", null))
                    .expectException(Verboden.class).expectNoEvents();
        }
    }

    private static AggregateTestFixture<Opdracht> metCapaciteit(Capaciteitsbewaking capaciteit) {
        AggregateTestFixture<Opdracht> eigen = new AggregateTestFixture<>(Opdracht.class);
        eigen.registerInjectableResource(VasteGemeenten.hltSamen());
        eigen.registerInjectableResource(capaciteit);
        return eigen;
    }

    private OngeldigeInvoer vangOngeldigeInvoer(VraagOpdrachtAan aanvraag) {
        try {
            Aanvraagregels.controleer(aanvraag, VasteGemeenten.hltSamen(), nl.samenboek.domain.taakveld.Iv3Taakvelden.officieel());
        } catch (OngeldigeInvoer fout) {
            return fout;
        }
        throw new AssertionError("aanvraag werd niet geweigerd");
    }

    private static VraagOpdrachtAan metGemeenten(VraagOpdrachtAan a, List<String> gemeenten) {
        return new VraagOpdrachtAan(a.opdrachtId(), a.aanvrager(), a.titel(), a.omschrijving(), gemeenten, a.categorie(),
                a.soort(), a.taakveld(), a.team(), a.begrotingsjaar(), a.geraamdeUren(), a.programma(), a.aanbevelingen());
    }

    private static VraagOpdrachtAan metTaakveld(VraagOpdrachtAan a, String taakveld) {
        return new VraagOpdrachtAan(a.opdrachtId(), a.aanvrager(), a.titel(), a.omschrijving(), a.gemeenten(), a.categorie(),
                a.soort(), taakveld, a.team(), a.begrotingsjaar(), a.geraamdeUren(), a.programma(), a.aanbevelingen());
    }
}
