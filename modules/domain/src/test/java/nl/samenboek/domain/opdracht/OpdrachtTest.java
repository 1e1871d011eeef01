package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.gemeente.VasteGemeenten;
import nl.samenboek.messages.fout.NietGevonden;
import nl.samenboek.messages.opdracht.AanvaardOpdracht;
import nl.samenboek.messages.opdracht.AfspraakGewijzigd;
import nl.samenboek.messages.opdracht.AfspraakIngetrokken;
import nl.samenboek.messages.opdracht.CorrigeerUren;
import nl.samenboek.messages.opdracht.GeefPrioriteit;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.OpdrachtGeweigerd;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.PrioriteitGegeven;
import nl.samenboek.messages.opdracht.SleutelprojectAangewezen;
import nl.samenboek.messages.opdracht.WijsSleutelprojectAan;
import nl.samenboek.messages.opdracht.TrekAfspraakIn;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.WeigerOpdracht;
import nl.samenboek.messages.opdracht.WijzigAfspraak;
import nl.samenboek.messages.opdracht.AfspraakStand;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.MaakAfspraak;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OndertekenOpdrachtMede;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtAfgerond;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtStand;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.RondOpdrachtAf;
import nl.samenboek.messages.opdracht.TrekOpdrachtIn;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.WijsOpdrachtAf;
import nl.samenboek.messages.opdracht.WijzigOpdracht;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static nl.samenboek.domain.Weigeringen.conflict;
import static nl.samenboek.domain.Weigeringen.ongeldig;
import static nl.samenboek.domain.Weigeringen.verboden;
import static nl.samenboek.domain.Weigeringen.verouderdeVersie;
import static nl.samenboek.domain.opdracht.OpdrachtMother.DRIE;
import static nl.samenboek.domain.opdracht.OpdrachtMother.ID;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aangevraagd;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aangevraagdDoorLisse;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aanvaard;
import static nl.samenboek.domain.opdracht.OpdrachtMother.aanvraagVanLisse;
import static nl.samenboek.domain.opdracht.OpdrachtMother.gezamenlijkAangevraagd;
import static nl.samenboek.domain.opdracht.OpdrachtMother.gezamenlijkeAanvraag;
import static nl.samenboek.domain.opdracht.OpdrachtMother.maatwerkVanTeylingen;
import static nl.samenboek.domain.opdracht.OpdrachtMother.medeondertekendDoor;
import static nl.samenboek.domain.opdracht.OpdrachtMother.rapportage;
import static nl.samenboek.domain.opdracht.OpdrachtMother.realisatie;
import static nl.samenboek.domain.opdracht.OpdrachtMother.registratie;
import static nl.samenboek.domain.opdracht.OpdrachtMother.toegezegd;
import static nl.samenboek.domain.opdracht.OpdrachtMother.toezegging;
import static nl.samenboek.domain.opdracht.OpdrachtMother.toezeggingMetOverschrijding;
import static nl.samenboek.domain.opdracht.OpdrachtMother.toezeggingVerdeeld;
import static org.hamcrest.Matchers.containsString;

class OpdrachtTest {

    private static final List<String> LISSE = List.of("lisse");
    /** Monday 2 March 2026, 11:00 in the Netherlands. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<Opdracht> fixture;
    /** Every registration of every opdracht, as the urenregister holds them; empty unless a test books hours. */
    private GeheugenUrenregister uren;
    /** The medewerkersregister: mw-0042 and mw-0043 issued, mw-gewist erased. */
    private GeheugenPseudoniemen pseudoniemen;

    @BeforeEach
    void maakFixture() {
        uren = GeheugenUrenregister.leeg();
        pseudoniemen = GeheugenPseudoniemen.uitgegeven("mw-0042", "mw-0043", "mw-gewist").wis("mw-gewist");
        fixture = fixtureMet(VasteCapaciteit.zonderWerkplannen(), KLOK);
    }

    private AggregateTestFixture<Opdracht> fixtureMet(Capaciteitsbewaking capaciteit, Clock klok) {
        AggregateTestFixture<Opdracht> fixture = new AggregateTestFixture<>(Opdracht.class);
        fixture.registerInjectableResource(VasteGemeenten.hltSamen());
        fixture.registerInjectableResource(capaciteit);
        fixture.registerInjectableResource(klok);
        fixture.registerInjectableResource(uren);
        fixture.registerInjectableResource(pseudoniemen);
        return fixture;
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
        void legtGemeentenEnAanbevelingenOpVolgordeVastEnTekstZonderWitruimte() {
            VraagOpdrachtAan rommelig = AanvraagBouwer.vanLisse().voor("teylingen", "lisse").metAanbevelingen("V", "B")
                    .metTitel("  Notitie ").metProgramma(" ").bouw();
            VraagOpdrachtAan netjes = AanvraagBouwer.vanLisse().voor("lisse", "teylingen").metAanbevelingen("B", "V")
                    .metTitel("Notitie").metProgramma(null).bouw();
            fixture.givenNoPriorActivity()
                    .when(rommelig)
                    .expectEvents(aangevraagd(netjes));
        }

        @Test
        void weigertEenAanvraagVoorAlleenEenAndereGemeente() {
            fixture.givenNoPriorActivity()
                    .when(AanvraagBouwer.vanLisse().voor("hillegom").bouw())
                    .expectException(verboden("opdracht.eigen-gemeente-betrokken"))
                    .expectNoEvents();
        }

        @Test
        void weigertMaatwerkVoorMeerDanEenGemeente() {
            fixture.givenNoPriorActivity()
                    .when(maatwerkVanTeylingen().voor("teylingen", "lisse").bouw())
                    .expectException(ongeldig("soort", "gemeenten"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            VraagOpdrachtAan leeg = AanvraagBouwer.vanLisse().metTitel(" ").metOmschrijving(null).voor("lisse", "bennebroek")
                    .metCategorie(null).metSoort(null).metTaakveld("0.99").metTeam("").metBegrotingsjaar(2016)
                    .metGeraamdeUren("-1").metProgramma(null).metAanbevelingen("Z").bouw();
            fixture.givenNoPriorActivity()
                    .when(leeg)
                    .expectException(ongeldig("titel", "omschrijving", "gemeenten", "categorie", "soort", "taakveld", "team",
                            "begrotingsjaar", "geraamdeUren", "aanbevelingen"))
                    .expectNoEvents();
        }

        @Test
        void kentTaakveld0Punt10() {
            VraagOpdrachtAan metNulPuntTien = AanvraagBouwer.vanLisse().metTaakveld("0.10").bouw();
            fixture.givenNoPriorActivity()
                    .when(metNulPuntTien)
                    .expectEvents(aangevraagd(metNulPuntTien));
        }

        @Test
        void leestEenTaakveldAlsTekstNietAlsGetal() {
            fixture.givenNoPriorActivity()
                    .when(AanvraagBouwer.vanLisse().metTaakveld("0.100").bouw())
                    .expectException(ongeldig("taakveld"))
                    .expectNoEvents();
        }

        @Test
        void weigertUrenMetMeerDanTweeDecimalen() {
            fixture.givenNoPriorActivity()
                    .when(AanvraagBouwer.vanLisse().metGeraamdeUren("1.005").bouw())
                    .expectException(ongeldig("geraamdeUren"))
                    .expectNoEvents();
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
                    .expectException(conflict("medeondertekening.eenmaal-per-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void deAanvragerOndertekentNietMedeWantDatDoenDeAndereColleges() {
            // medeondertekeningen are for the college of *another* concerned gemeente (docs/api.md), so this is 403, not 409
            fixture.given(gezamenlijkAangevraagd())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", null))
                    .expectException(verboden("medeondertekening.niet-door-aanvrager"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenCollegeVanEenNietBetrokkenGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", null))
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void wieNietMagHoortDatVoordatDeVersieTelt() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new OndertekenOpdrachtMede(ID, "hillegom", 99L))
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenVerouderdeVersie() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new OndertekenOpdrachtMede(ID, "teylingen", 1L))
                    .expectException(verouderdeVersie(1, 2))
                    .expectNoEvents();
        }

        @Test
        void weigertMedeondertekeningVanEenAfgewezenOpdracht() {
            fixture.given(gezamenlijkAangevraagd(), new OpdrachtAfgewezen(ID, "Past niet", DRIE))
                    .when(new OndertekenOpdrachtMede(ID, "lisse", null))
                    .expectException(conflict("levenscyclus.medeondertekenen"))
                    .expectNoEvents();
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
        void aanvaardtMetDeActueleVersie() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new AanvaardOpdracht(ID, 1L))
                    .expectEvents(new OpdrachtAanvaard(ID, LISSE));
        }

        @Test
        void weigertAanvaardingVoorMedeondertekeningEnNoemtWieNogTekent() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new AanvaardOpdracht(ID, null))
                    .expectException(conflict("levenscyclus.aanvaarden"))
                    .expectExceptionMessage(containsString("teylingen"))
                    .expectNoEvents();
        }

        @Test
        void weigertTweemaalAanvaarden() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new AanvaardOpdracht(ID, null))
                    .expectException(conflict("levenscyclus.aanvaarden"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenVerouderdeVersieNogVoorDeLevenscyclus() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new AanvaardOpdracht(ID, 1L))
                    .expectException(verouderdeVersie(1, 2))
                    .expectNoEvents();
        }
    }

    @Nested
    class Afwijzen {

        @Test
        void wijstAfMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsOpdrachtAf(ID, " Past niet in het werkplan ", null))
                    .expectEvents(new OpdrachtAfgewezen(ID, "Past niet in het werkplan", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AFGEWEZEN, 2, Niveau.GEEN));
        }

        @Test
        void wijstOokAfTerwijlDeOpdrachtOpMedeondertekeningWacht() {
            fixture.given(gezamenlijkAangevraagd())
                    .when(new WijsOpdrachtAf(ID, "Past niet", null))
                    .expectEvents(new OpdrachtAfgewezen(ID, "Past niet", DRIE));
        }

        @Test
        void vraagtEenReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsOpdrachtAf(ID, "  ", null))
                    .expectException(ongeldig("reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertAfwijzingNaAanvaarding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new WijsOpdrachtAf(ID, "Toch niet", null))
                    .expectException(conflict("levenscyclus.afwijzen"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UrenToezeggen {

        @Test
        void zegtUrenToeVoorEenJaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezegging(2025, "100"))
                    .expectEvents(toegezegd(LISSE, 2025, "100"))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 3, Niveau.INPUT));
        }

        @Test
        void aanvaardtEenVerdelingDieOptelt() {
            Map<String, BigDecimal> verdeling = Map.of("hillegom", new BigDecimal("50"), "lisse", new BigDecimal("50"),
                    "teylingen", BigDecimal.ZERO);
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"), aanvaard(DRIE))
                    .when(toezeggingVerdeeld(2025, "100", verdeling))
                    .expectEvents(new UrenToegezegd(ID, 2025, new BigDecimal("100"), verdeling, DRIE));
        }

        @Test
        void weigertEenVerdelingDieNietOptelt() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"), aanvaard(DRIE))
                    .when(toezeggingVerdeeld(2025, "100", Map.of("hillegom", new BigDecimal("60"), "lisse", new BigDecimal("50"))))
                    .expectException(ongeldig("verdeling"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenVerdelingOverEenNietBetrokkenGemeente() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezeggingVerdeeld(2025, "100", Map.of("hillegom", new BigDecimal("100"))))
                    .expectException(ongeldig("verdeling.hillegom"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenJaarVoorHetBegrotingsjaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezegging(2024, "100"))
                    .expectException(ongeldig("jaar"))
                    .expectNoEvents();
        }

        @Test
        void weigertToezeggingVoorAanvaarding() {
            fixture.given(aangevraagdDoorLisse())
                    .when(toezegging(2025, "100"))
                    .expectException(conflict("levenscyclus.uren-toezeggen"))
                    .expectNoEvents();
        }

        @Test
        void vervangtEenEerdereToezeggingVoorHetzelfdeJaar() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(toezegging(2025, "80"))
                    .expectEvents(toegezegd(LISSE, 2025, "80"));
        }
    }

    @Nested
    class Werkplancapaciteit {

        /** Team ruimte may plan 1000 hours in 2025; other opdrachten already have 950 of them. */
        private final AggregateTestFixture<Opdracht> krap =
                fixtureMet(new VasteCapaciteit("ruimte", 2025, new BigDecimal("1000"), new BigDecimal("950")), KLOK);

        @Test
        void weigertToezeggingBovenDePlanbareCapaciteit() {
            krap.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezegging(2025, "100"))
                    .expectException(conflict("capaciteit.boven-planbaar"))
                    .expectNoEvents();
        }

        @Test
        void aanvaardtEenExplicieteOverschrijdingAlsGebeurtenis() {
            krap.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezeggingMetOverschrijding(2025, "100", " Crisis in de bollensector "))
                    .expectEvents(toegezegd(LISSE, 2025, "100"),
                            new CapaciteitOverschreden(ID, "ruimte", 2025, new BigDecimal("50"), "Crisis in de bollensector", LISSE));
        }

        @Test
        void zegtToeTotEnMetDePlanbareCapaciteit() {
            krap.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezegging(2025, "50"))
                    .expectEvents(toegezegd(LISSE, 2025, "50"));
        }

        @Test
        void weigertNietsZonderWerkplan() {
            krap.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(toezegging(2026, "100000"))
                    .expectEvents(toegezegd(LISSE, 2026, "100000"));
        }
    }

    @Nested
    class Afspreken {

        @Test
        void legtEenSmartOutputafspraakVastEnVerhoogtHetNiveau() {
            AfspraakBouwer afspraak = AfspraakBouwer.output("a1");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(afspraak.bouw())
                    .expectEvents(afspraak.afgesproken(LISSE))
                    .expectResultMessagePayload(new AfspraakStand("a1", Resultaatniveau.OUTPUT,
                            new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 4, Niveau.OUTPUT)));
        }

        @Test
        void legtEenOutcomeafspraakVastOpHetHoogsteNiveau() {
            AfspraakBouwer afspraak = AfspraakBouwer.outcome("b1");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(afspraak.bouw())
                    .expectEvents(afspraak.afgesproken(LISSE))
                    .expectResultMessagePayload(new AfspraakStand("b1", Resultaatniveau.OUTCOME,
                            new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 4, Niveau.OUTCOME)));
        }

        @Test
        void noemtElkOntbrekendSmartDeel() {
            MaakAfspraak vaag = AfspraakBouwer.outcome("a1").metIndicator(" ").metEenheid(null).metStreefwaarde(null)
                    .metMeetmoment(LocalDate.of(2024, 6, 1)).metBron("").bouw();
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(vaag)
                    .expectException(ongeldig("indicator", "eenheid", "streefwaarde", "meetmoment", "bron"))
                    .expectNoEvents();
        }

        @Test
        void isAlleenRealistischMetToegezegdeUren() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(AfspraakBouwer.output("a1").bouw())
                    .expectException(conflict("smart.realistisch"))
                    .expectNoEvents();
        }

        @Test
        void isAlleenAcceptabelVoorEenBetrokkenCollege() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(AfspraakBouwer.output("a1").door("hillegom").bouw())
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenAfspraakOpEenAfgerondeOpdracht() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), new OpdrachtAfgerond(ID, LISSE))
                    .when(AfspraakBouwer.output("a1").bouw())
                    .expectException(conflict("levenscyclus.afspreken"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ResultaatMelden {

        private final LocalDate peildatum = LocalDate.of(2025, 6, 1);
        private final AfspraakBouwer output = AfspraakBouwer.output("a1");

        @Test
        void meldtDeRealisatieVanEenOutputafspraak() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), output.afgesproken(LISSE))
                    .when(realisatie("a1", "1", peildatum))
                    .expectEvents(new OutputGerealiseerd(ID, "a1", BigDecimal.ONE, peildatum, null, LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 5, Niveau.OUTPUT));
        }

        @Test
        void rapporteertEenOutcomeMetToelichting() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            AfspraakBouwer.outcome("b1").afgesproken(LISSE))
                    .when(rapportage("b1", "75", peildatum, " Eerste meting "))
                    .expectEvents(new OutcomeGerapporteerd(ID, "b1", new BigDecimal("75"), peildatum, "Eerste meting", LISSE));
        }

        @Test
        void meldtOokNaAfronding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), output.afgesproken(LISSE),
                            new OpdrachtAfgerond(ID, LISSE))
                    .when(realisatie("a1", "2", peildatum))
                    .expectEvents(new OutputGerealiseerd(ID, "a1", new BigDecimal("2"), peildatum, null, LISSE));
        }

        @Test
        void verwijstNaarEenAfspraakVanHetzelfdeNiveau() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), output.afgesproken(LISSE))
                    .when(rapportage("a1", "1", peildatum, null))
                    .expectException(ongeldig("afspraak"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenPeildatumInDeToekomst() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), output.afgesproken(LISSE))
                    .when(realisatie("a1", "1", VANDAAG.plusDays(1)))
                    .expectException(ongeldig("peildatum"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenResultaatVanEenIngetrokkenOpdracht() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), output.afgesproken(LISSE),
                            new OpdrachtIngetrokken(ID, "lisse", "Niet meer nodig", LISSE))
                    .when(realisatie("a1", "1", peildatum))
                    .expectException(conflict("levenscyclus.resultaat-melden"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UrenRegistreren {

        private final LocalDate dag = LocalDate.of(2025, 3, 10);

        @Test
        void registreertUrenVanEenMedewerker() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "7.5", "mw-0042"))
                    .expectEvents(new UrenGeregistreerd(ID, dag, new BigDecimal("7.5"), "mw-0042", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 4, Niveau.INPUT));
        }

        @Test
        void weigertMeerDanVierentwintigUurOpEenDag() {
            uren.met(ID, 4, dag, "mw-0042", "20");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("20"), "mw-0042", LISSE))
                    .when(registratie(dag, "5", "mw-0042"))
                    .expectException(ongeldig("uren"))
                    .expectExceptionMessage(containsString("al 20 uur"))
                    .expectNoEvents();
        }

        @Test
        void teltDeUrenVanEenMedewerkerOpAlleOpdrachtenWantEenMensHeeftEenDag() {
            uren.met(OpdrachtId.van("andere-opdracht"), 7, dag, "mw-0042", "18").met(OpdrachtId.van("derde"), 3, dag, "mw-0042", "4");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "2.5", "mw-0042"))
                    .expectException(ongeldig("uren"))
                    .expectExceptionMessage(containsString("al 22 uur geregistreerd (over alle opdrachten)"))
                    .expectNoEvents();
        }

        @Test
        void staatVierentwintigUurVanVerschillendeMedewerkersToe() {
            uren.met(ID, 4, dag, "mw-0042", "20");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("20"), "mw-0042", LISSE))
                    .when(registratie(dag, "5", "mw-0043"))
                    .expectEvents(new UrenGeregistreerd(ID, dag, new BigDecimal("5"), "mw-0043", LISSE));
        }

        @Test
        void staatPreciesVierentwintigUurToe() {
            uren.met(OpdrachtId.van("andere-opdracht"), 7, dag, "mw-0042", "16.5");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "7.5", "mw-0042"))
                    .expectEvents(new UrenGeregistreerd(ID, dag, new BigDecimal("7.5"), "mw-0042", LISSE));
        }

        @Test
        void weigertEenNaamAlsMedewerker() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "1", "Jan de Vries"))
                    .expectException(ongeldig("medewerker"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenPseudoniemDatHetRegisterNietUitgaf() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "1", "mw-verzonnen"))
                    .expectException(ongeldig("medewerker"))
                    .expectExceptionMessage(containsString("POST /medewerkers"))
                    .expectNoEvents();
        }

        @Test
        void weigertNieuweUrenOpHetPseudoniemVanEenGewisteMedewerker() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "1", "mw-gewist"))
                    .expectException(conflict("registratie.medewerker-gewist"))
                    .expectNoEvents();
        }

        @Test
        void weigertNulUren() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(registratie(dag, "0", "mw-0042"))
                    .expectException(ongeldig("uren"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenDatumInDeToekomst() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2026, "100"))
                    .when(registratie(VANDAAG.plusDays(1), "1", "mw-0042"))
                    .expectException(ongeldig("datum"))
                    .expectNoEvents();
        }

        @Test
        void vandaagIsDeDagInNederland() {
            // 23:30 UTC on 2 March is already 3 March in the Netherlands
            Clock laatInDeAvond = Clock.fixed(Instant.parse("2026-03-02T23:30:00Z"), ZoneOffset.UTC);
            fixtureMet(VasteCapaciteit.zonderWerkplannen(), laatInDeAvond)
                    .given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2026, "100"))
                    .when(registratie(LocalDate.of(2026, 3, 3), "1", "mw-0042"))
                    .expectEvents(new UrenGeregistreerd(ID, LocalDate.of(2026, 3, 3), BigDecimal.ONE, "mw-0042", LISSE));
        }

        @Test
        void weigertUrenInEenJaarZonderToezegging() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2026, "100"))
                    .when(registratie(dag, "1", "mw-0042"))
                    .expectException(conflict("registratie.na-toezegging"))
                    .expectNoEvents();
        }

        @Test
        void weigertUrenOpEenAfgerondeOpdracht() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"), new OpdrachtAfgerond(ID, LISSE))
                    .when(registratie(dag, "1", "mw-0042"))
                    .expectException(conflict("levenscyclus.uren-registreren"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Wijzigen {

        @Test
        void wijzigtDeRamingMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("150"), null, "Meer inspraak", null))
                    .expectEvents(new OpdrachtGewijzigd(ID, "lisse", new BigDecimal("150"), null, "Meer inspraak", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANGEVRAAGD, 2, Niveau.GEEN));
        }

        @Test
        void wijzigtDeOmschrijvingZonderWitruimte() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new WijzigOpdracht(ID, "lisse", null, " Ook het landschap ", " Breder ", null))
                    .expectEvents(new OpdrachtGewijzigd(ID, "lisse", null, "Ook het landschap", "Breder", LISSE));
        }

        @Test
        void vraagtIetsOmTeWijzigen() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "lisse", null, null, "Niets", null))
                    .expectException(ongeldig("geraamdeUren", "omschrijving"))
                    .expectNoEvents();
        }

        @Test
        void vraagtEenReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("150"), null, null, null))
                    .expectException(ongeldig("reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertEenCollegeVanEenAndereGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijzigOpdracht(ID, "teylingen", new BigDecimal("150"), null, "Meer", null))
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenGezamenlijkeOpdrachtWijzigtAlleenHetAanvragendeCollege() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"))
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("900"), null, "Meer", null))
                    .expectException(verboden("opdracht.alleen-aanvrager"))
                    .expectNoEvents();
        }

        @Test
        void weigertWijzigingNaAfronding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new WijzigOpdracht(ID, "lisse", new BigDecimal("150"), null, "Meer", null))
                    .expectException(conflict("levenscyclus.wijzigen"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Afronden {

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
                    .expectException(conflict("levenscyclus.afronden"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Intrekken {

        @Test
        void trektEenOpdrachtInMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new TrekOpdrachtIn(ID, "lisse", "Niet meer nodig", null))
                    .expectEvents(new OpdrachtIngetrokken(ID, "lisse", "Niet meer nodig", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.INGETROKKEN, 2, Niveau.GEEN));
        }

        @Test
        void vraagtEenReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new TrekOpdrachtIn(ID, "lisse", "", null))
                    .expectException(ongeldig("reden"))
                    .expectNoEvents();
        }

        @Test
        void eenGezamenlijkeOpdrachtTrektAlleenHetAanvragendeCollegeIn() {
            fixture.given(gezamenlijkAangevraagd())
                    .when(new TrekOpdrachtIn(ID, "teylingen", "Liever niet", null))
                    .expectException(verboden("opdracht.alleen-aanvrager"))
                    .expectNoEvents();
        }

        @Test
        void weigertIntrekkingDoorEenAndereGemeente() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new TrekOpdrachtIn(ID, "hillegom", "Weg ermee", null))
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void weigertIntrekkingNaAfronding() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new TrekOpdrachtIn(ID, "lisse", "Te laat", null))
                    .expectException(conflict("levenscyclus.intrekken"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Herkomst {

        private final nl.samenboek.messages.opdracht.Herkomst motie =
                new nl.samenboek.messages.opdracht.Herkomst(Herkomstsoort.RAADSMOTIE, " M2025-14 ", LocalDate.of(2025, 11, 6));

        @Test
        void legtHerkomstEnOpleverdatumVast() {
            VraagOpdrachtAan aanvraag = AanvraagBouwer.vanLisse().metHerkomst(motie).metOpleverdatum(LocalDate.of(2026, 6, 30)).bouw();
            VraagOpdrachtAan netjes = AanvraagBouwer.vanLisse().metOpleverdatum(LocalDate.of(2026, 6, 30))
                    .metHerkomst(new nl.samenboek.messages.opdracht.Herkomst(Herkomstsoort.RAADSMOTIE, "M2025-14", LocalDate.of(2025, 11, 6)))
                    .bouw();
            fixture.givenNoPriorActivity().when(aanvraag).expectEvents(aangevraagd(netjes));
        }

        @Test
        void eenOpleverdatumMagInHetVerledenLiggen() {
            VraagOpdrachtAan aanvraag = AanvraagBouwer.vanLisse().metOpleverdatum(LocalDate.of(2024, 1, 31)).bouw();
            fixture.givenNoPriorActivity().when(aanvraag).expectEvents(aangevraagd(aanvraag));
        }

        @Test
        void eenHerkomstNoemtHaarSoortEnLigtNietInDeToekomst() {
            VraagOpdrachtAan aanvraag = AanvraagBouwer.vanLisse()
                    .metHerkomst(new nl.samenboek.messages.opdracht.Herkomst(null, "x".repeat(201), VANDAAG.plusDays(1))).bouw();
            fixture.givenNoPriorActivity().when(aanvraag)
                    .expectException(ongeldig("herkomst.soort", "herkomst.kenmerk", "herkomst.datum"))
                    .expectNoEvents();
        }

        @Test
        void nietOpgegevenIsGeenHerkomstDieEenCollegeKanGeven() {
            VraagOpdrachtAan aanvraag = AanvraagBouwer.vanLisse()
                    .metHerkomst(new nl.samenboek.messages.opdracht.Herkomst(Herkomstsoort.NIET_OPGEGEVEN, null, null)).bouw();
            fixture.givenNoPriorActivity().when(aanvraag).expectException(ongeldig("herkomst.soort")).expectNoEvents();
        }
    }

    @Nested
    class Weigeren {

        @Test
        void eenAnderBetrokkenCollegeWeigertEnDeOpdrachtEindigt() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new WeigerOpdracht(ID, "teylingen", " Past niet in ons programma ", null))
                    .expectEvents(new OpdrachtGeweigerd(ID, "teylingen", "Past niet in ons programma", DRIE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.GEWEIGERD, 3, Niveau.GEEN));
        }

        @Test
        void naMedeondertekenenKanHetCollegeNietMeerWeigeren() {
            fixture.given(gezamenlijkAangevraagd(), medeondertekendDoor("lisse"))
                    .when(new WeigerOpdracht(ID, "lisse", "Toch niet", null))
                    .expectException(conflict("weigering.na-medeondertekening"))
                    .expectNoEvents();
        }

        @Test
        void deAanvragerWeigertNiet() {
            fixture.given(gezamenlijkAangevraagd())
                    .when(new WeigerOpdracht(ID, "hillegom", "Toch niet", null))
                    .expectException(verboden("medeondertekening.niet-door-aanvrager"))
                    .expectNoEvents();
        }

        @Test
        void eenNietBetrokkenCollegeWeigertNiet() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WeigerOpdracht(ID, "teylingen", "Nee", null))
                    .expectException(verboden("opdracht.alleen-betrokken-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void vraagtEenReden() {
            fixture.given(gezamenlijkAangevraagd())
                    .when(new WeigerOpdracht(ID, "teylingen", " ", null))
                    .expectException(ongeldig("reden"))
                    .expectNoEvents();
        }

        @Test
        void eenGeweigerdeOpdrachtIsAfgelopen() {
            fixture.given(gezamenlijkAangevraagd(), new OpdrachtGeweigerd(ID, "teylingen", "Nee", DRIE))
                    .when(new OndertekenOpdrachtMede(ID, "lisse", null))
                    .expectException(conflict("levenscyclus.medeondertekenen"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Prioriteren {

        @Test
        void hetBestuurGeeftEenPrioriteitMetReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new GeefPrioriteit(ID, Prioriteit.HOOG, " Raadsmotie met termijn ", null))
                    .expectEvents(new PrioriteitGegeven(ID, Prioriteit.HOOG, "Raadsmotie met termijn", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANGEVRAAGD, 2, Niveau.GEEN));
        }

        @Test
        void vraagtPrioriteitEnReden() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new GeefPrioriteit(ID, null, null, null))
                    .expectException(ongeldig("prioriteit", "reden"))
                    .expectNoEvents();
        }

        @Test
        void eenAfgerondeOpdrachtKrijgtGeenPrioriteitMeer() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new GeefPrioriteit(ID, Prioriteit.LAAG, "Later", null))
                    .expectException(conflict("levenscyclus.prioriteren"))
                    .expectNoEvents();
        }
    }

    @Nested
    class SleutelprojectAanwijzen {

        @Test
        void hetBestuurLegtDeEvaluatiecriteriaVast() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new WijsSleutelprojectAan(ID, List.of(" Doorlooptijd vergunningen ", "Tevredenheid inwoners"), null))
                    .expectEvents(new SleutelprojectAangewezen(ID, List.of("Doorlooptijd vergunningen", "Tevredenheid inwoners"), LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 3, Niveau.GEEN));
        }

        @Test
        void deCriteriaLiggenDaarnaVast() {
            fixture.given(aangevraagdDoorLisse(), new SleutelprojectAangewezen(ID, List.of("Doorlooptijd"), LISSE))
                    .when(new WijsSleutelprojectAan(ID, List.of("Iets anders"), null))
                    .expectException(conflict("sleutelproject.criteria-vast"))
                    .expectNoEvents();
        }

        @Test
        void vraagtMinstensEenCriteriumEnGeenHerhaling() {
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsSleutelprojectAan(ID, List.of("Doorlooptijd", " ", "doorlooptijd"), null))
                    .expectException(ongeldig("criteria[1]", "criteria[2]"))
                    .expectNoEvents();
            fixture.given(aangevraagdDoorLisse())
                    .when(new WijsSleutelprojectAan(ID, List.of(), null))
                    .expectException(ongeldig("criteria"))
                    .expectNoEvents();
        }

        @Test
        void eenAfgerondeOpdrachtWordtGeenSleutelprojectMeer() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new WijsSleutelprojectAan(ID, List.of("Doorlooptijd"), null))
                    .expectException(conflict("levenscyclus.sleutelproject-aanwijzen"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UrenCorrigeren {

        private final LocalDate dag = LocalDate.of(2025, 3, 10);

        @Test
        void corrigeertEenRegistratieEnHoudtDeOudeWaardeInDeGeschiedenis() {
            uren.met(ID, 4, dag, "mw-0042", "8");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("8"), "mw-0042", LISSE))
                    .when(new CorrigeerUren(ID, 4L, new BigDecimal("6.5"), " Dubbel geboekt ", null))
                    .expectEvents(new UrenGecorrigeerd(ID, 4, dag, "mw-0042", new BigDecimal("8"), new BigDecimal("6.5"),
                            "Dubbel geboekt", LISSE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 5, Niveau.INPUT));
        }

        @Test
        void corrigeertOokNaAfrondingEnOokNaarNul() {
            uren.met(ID, 4, dag, "mw-0042", "8");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("8"), "mw-0042", LISSE), new OpdrachtAfgerond(ID, LISSE))
                    .when(new CorrigeerUren(ID, 4L, BigDecimal.ZERO, "Op een andere opdracht gewerkt", null))
                    .expectEvents(new UrenGecorrigeerd(ID, 4, dag, "mw-0042", new BigDecimal("8"), BigDecimal.ZERO,
                            "Op een andere opdracht gewerkt", LISSE));
        }

        @Test
        void deUrenVanEenGewisteMedewerkerBlijvenCorrigeerbaar() {
            uren.met(ID, 4, dag, "mw-gewist", "8");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("8"), "mw-gewist", LISSE))
                    .when(new CorrigeerUren(ID, 4L, new BigDecimal("6"), "Dubbel geboekt", null))
                    .expectEvents(new UrenGecorrigeerd(ID, 4, dag, "mw-gewist", new BigDecimal("8"), new BigDecimal("6"),
                            "Dubbel geboekt", LISSE));
        }

        @Test
        void deVierentwintigUurregelGeldtVoorDeGecorrigeerdeWaarde() {
            uren.met(ID, 4, dag, "mw-0042", "8").met(OpdrachtId.van("andere-opdracht"), 2, dag, "mw-0042", "14");
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"),
                            new UrenGeregistreerd(ID, dag, new BigDecimal("8"), "mw-0042", LISSE))
                    .when(new CorrigeerUren(ID, 4L, new BigDecimal("10.5"), "Langer gewerkt", null))
                    .expectException(ongeldig("uren"))
                    .expectNoEvents();
        }

        @Test
        void eenVersieDieGeenRegistratieIsKanNietGecorrigeerdWorden() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE), toegezegd(LISSE, 2025, "100"))
                    .when(new CorrigeerUren(ID, 2L, BigDecimal.ONE, "Fout", null))
                    .expectException(ongeldig("registratie"))
                    .expectNoEvents();
        }

        @Test
        void noemtElkOngeldigVeld() {
            fixture.given(aangevraagdDoorLisse(), aanvaard(LISSE))
                    .when(new CorrigeerUren(ID, null, new BigDecimal("-1"), null, null))
                    .expectException(ongeldig("registratie", "uren", "reden"))
                    .expectNoEvents();
        }

        @Test
        void weigertCorrectieVoorAanvaarding() {
            uren.met(ID, 1, dag, "mw-0042", "8");
            fixture.given(aangevraagdDoorLisse())
                    .when(new CorrigeerUren(ID, 1L, BigDecimal.ONE, "Fout", null))
                    .expectException(conflict("levenscyclus.uren-corrigeren"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AfspraakWijzigenEnIntrekken {

        private final OutputAfgesproken afspraakVanLisse = new OutputAfgesproken(ID, "a-1", "lisse", "Vastgestelde nota's", "stuks",
                new BigDecimal("2"), LocalDate.of(2025, 12, 31), "Raadsinformatiesysteem", DRIE);

        private Object[] gezamenlijkMetAfspraak() {
            return new Object[]{gezamenlijkAangevraagd(), medeondertekendDoor("lisse"), medeondertekendDoor("teylingen"),
                    aanvaard(DRIE), toegezegd(DRIE, 2025, "400"), afspraakVanLisse};
        }

        @Test
        void hetAfsprekendeCollegeWijzigtStreefwaardeEnMeetmoment() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new WijzigAfspraak(ID, Resultaatniveau.OUTPUT, "a-1", "lisse", new BigDecimal("3"), LocalDate.of(2026, 6, 30),
                            "Extra nota gevraagd", null))
                    .expectEvents(new AfspraakGewijzigd(ID, "a-1", Resultaatniveau.OUTPUT, "lisse", new BigDecimal("3"),
                            LocalDate.of(2026, 6, 30), "Extra nota gevraagd", DRIE));
        }

        @Test
        void eenAnderCollegeWijzigtHaarNiet() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new WijzigAfspraak(ID, Resultaatniveau.OUTPUT, "a-1", "teylingen", new BigDecimal("3"), null, "Meer", null))
                    .expectException(verboden("afspraak.alleen-afsprekende-gemeente"))
                    .expectNoEvents();
        }

        @Test
        void eenWijzigingBlijftSmart() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new WijzigAfspraak(ID, Resultaatniveau.OUTPUT, "a-1", "lisse", null, LocalDate.of(2024, 12, 31), "Eerder", null))
                    .expectException(ongeldig("meetmoment"))
                    .expectNoEvents();
        }

        @Test
        void vraagtIetsOmTeWijzigenEnEenReden() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new WijzigAfspraak(ID, Resultaatniveau.OUTPUT, "a-1", "lisse", null, null, null, null))
                    .expectException(ongeldig("streefwaarde", "meetmoment", "reden"))
                    .expectNoEvents();
        }

        @Test
        void eenOnbekendeAfspraakBestaatNiet() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new WijzigAfspraak(ID, Resultaatniveau.OUTCOME, "a-1", "lisse", BigDecimal.ONE, null, "Outcome?", null))
                    .expectException(NietGevonden.class)
                    .expectExceptionMessage(containsString("geen outcomeafspraak a-1"))
                    .expectNoEvents();
        }

        @Test
        void intrekkenVerlaagtHetNiveau() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new TrekAfspraakIn(ID, Resultaatniveau.OUTPUT, "a-1", "lisse", "Niet meer nodig", null))
                    .expectEvents(new AfspraakIngetrokken(ID, "a-1", Resultaatniveau.OUTPUT, "lisse", "Niet meer nodig", DRIE))
                    .expectResultMessagePayload(new OpdrachtStand(ID, OpdrachtStatus.AANVAARD, 7, Niveau.INPUT));
        }

        @Test
        void eenIngetrokkenAfspraakKrijgtGeenRealisatieMeer() {
            fixture.given(gezamenlijkMetAfspraak())
                    .andGiven(new AfspraakIngetrokken(ID, "a-1", Resultaatniveau.OUTPUT, "lisse", "Weg", DRIE))
                    .when(realisatie("a-1", "2", LocalDate.of(2025, 12, 31)))
                    .expectException(ongeldig("afspraak"))
                    .expectNoEvents();
        }

        @Test
        void eenAnderCollegeTrektHaarNietIn() {
            fixture.given(gezamenlijkMetAfspraak())
                    .when(new TrekAfspraakIn(ID, Resultaatniveau.OUTPUT, "a-1", "hillegom", "Weg", null))
                    .expectException(verboden("afspraak.alleen-afsprekende-gemeente"))
                    .expectNoEvents();
        }
    }
}
