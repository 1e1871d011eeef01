package nl.samenboek.projections.capaciteit;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenboek.projections.groeimodel.Scenario2021;
import nl.samenboek.projections.opdracht.OpdrachtBouwer;
import nl.samenboek.projections.opdracht.OpdrachtDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.samenboek.projections.groeimodel.Scenario2021.JAAR;
import static nl.samenboek.projections.groeimodel.Scenario2021.PUBLIEK;
import static nl.samenboek.projections.groeimodel.Scenario2021.RUIMTE;
import static org.assertj.core.api.Assertions.assertThat;

/** The capaciteit of the hand-computed year 2021 ({@link Scenario2021}), without Spring or MongoDB. */
class CapaciteitsberekeningTest {

    @Test
    void zetDeToegezegdeUrenPerGemeenteTegenDeVerdeelsleutel() {
        Map<String, Capaciteit.Gemeente> per = perGemeente(Capaciteitsberekening.bereken(Scenario2021.jaarstand()));
        gemeente(per.get("hillegom"), "160", "0.25", "0.25", "0");
        gemeente(per.get("lisse"), "250", "0.3906", "0.25", "0.1406");
        gemeente(per.get("teylingen"), "230", "0.3594", "0.5", "-0.1406");
    }

    @Test
    void splitstBestedeUrenPerDagVolgensDeSleutelOfDeEigenVerdeling() {
        Map<String, Capaciteit.Gemeente> per = perGemeente(Capaciteitsberekening.bereken(Scenario2021.jaarstand()));
        assertThat(per.get("hillegom").besteedUren()).as("A 3 + C 6").isEqualByComparingTo("9");
        assertThat(per.get("lisse").besteedUren()).as("A 3 + B 7.5").isEqualByComparingTo("10.5");
        assertThat(per.get("teylingen").besteedUren()).as("A 6 + C 3").isEqualByComparingTo("9");
    }

    @Test
    void rekentKostenMetHetAfdelingstarief() {
        Map<String, Capaciteit.Gemeente> per = perGemeente(Capaciteitsberekening.bereken(Scenario2021.jaarstand()));
        assertThat(per.get("hillegom").kosten()).as("(100 + 60) × €100").isEqualByComparingTo("16000");
        assertThat(per.get("lisse").kosten()).as("100 × €100 + 150 × €80").isEqualByComparingTo("22000");
        assertThat(per.get("teylingen").kosten()).as("(200 + 30) × €100").isEqualByComparingTo("23000");
        assertThat(per.get("lisse").besteedKosten()).as("3 × €100 + 7.5 × €80").isEqualByComparingTo("900");
    }

    @Test
    void zetEenTeamTegenZijnWerkplan() {
        Capaciteit capaciteit = Capaciteitsberekening.bereken(Scenario2021.jaarstand());
        Capaciteit.Team ruimte = perTeam(capaciteit).get(RUIMTE);
        assertThat(ruimte.status()).isEqualTo("gepland");
        assertThat(ruimte.capaciteit()).isEqualByComparingTo("600");
        assertThat(ruimte.ontwikkeltijd()).isEqualByComparingTo("120");
        assertThat(ruimte.planbaar()).isEqualByComparingTo("480");
        assertThat(ruimte.gepland()).isEqualByComparingTo("450");
        assertThat(ruimte.vrijeRuimte()).isEqualByComparingTo("30");
        assertThat(ruimte.toegezegd()).as("A 400 + C 90").isEqualByComparingTo("490");
        assertThat(ruimte.besteed()).as("A 12 + C 9").isEqualByComparingTo("21");
        assertThat(ruimte.boven()).isEqualByComparingTo("10");
        assertThat(ruimte.ontwikkeltijdGerespecteerd()).isFalse();
        assertThat(ruimte.overschrijdingen()).singleElement().satisfies(o -> {
            assertThat(o.boven()).isEqualByComparingTo("10");
            assertThat(o.reden()).isEqualTo("Extra vraag bedrijfsvoering na de reorganisatie");
        });
        assertThat(ruimte.kosten()).isEqualByComparingTo("49000");
    }

    @Test
    void toontEenTeamZonderWerkplanAlsOngepland() {
        Capaciteit.Team publiek = perTeam(Capaciteitsberekening.bereken(Scenario2021.jaarstand())).get(PUBLIEK);
        assertThat(publiek.status()).isEqualTo("ongepland");
        assertThat(publiek.toegezegd()).as("B 150, D geen").isEqualByComparingTo("150");
        assertThat(publiek.besteed()).isEqualByComparingTo("7.5");
        assertThat(publiek.capaciteit()).isNull();
        assertThat(publiek.boven()).isNull();
        assertThat(publiek.ontwikkeltijdGerespecteerd()).isNull();
        assertThat(publiek.kosten()).as("150 × €80").isEqualByComparingTo("12000");
    }

    @Test
    void toontDeBalansTussenStandaardEnMaatwerk() {
        Capaciteit capaciteit = Capaciteitsberekening.bereken(Scenario2021.jaarstand());
        assertThat(capaciteit.perSoort().get("maatwerk").toegezegdeUren()).isEqualByComparingTo("150");
        assertThat(capaciteit.perSoort().get("standaard").toegezegdeUren()).isEqualByComparingTo("490");
        assertThat(capaciteit.aandeelMaatwerk()).as("150 van 640 uur").isEqualByComparingTo("0.2344");
    }

    @Test
    void teltDeUrenPerCategorie() {
        Capaciteit capaciteit = Capaciteitsberekening.bereken(Scenario2021.jaarstand());
        assertThat(capaciteit.perCategorie().get("bedrijfsvoering").besteedUren()).isEqualByComparingTo("9");
        assertThat(capaciteit.perCategorie().get("beleid").toegezegdeUren()).as("A 400, D geen").isEqualByComparingTo("400");
        assertThat(capaciteit.perCategorie().get("dienstverlening").toegezegdeUren()).isEqualByComparingTo("150");
    }

    @Test
    void eenIngetrokkenOpdrachtGeeftHaarUrenVrijMaarHaarBestedeUrenTellen() {
        OpdrachtDocument ingetrokken = OpdrachtBouwer.aanvraag("Ingetrokken").door("lisse").team(PUBLIEK).aangevraagd().aanvaard()
                .toegezegd(JAAR, "50").geregistreerd("2021-02-01", "5").ingetrokken("Niet meer nodig").document();
        Capaciteit capaciteit = Capaciteitsberekening.bereken(Scenario2021.jaarstand(ingetrokken));
        assertThat(perGemeente(capaciteit).get("lisse").toegezegdeUren()).isEqualByComparingTo("0");
        assertThat(perGemeente(capaciteit).get("lisse").besteedUren()).isEqualByComparingTo("5");
    }

    @Test
    void eenTeamZonderWerkplanNoemtZijnLegeVeldenInHetAntwoord() throws Exception {
        Capaciteit.Team publiek = perTeam(Capaciteitsberekening.bereken(Scenario2021.jaarstand())).get(PUBLIEK);
        String json = JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()
                .writeValueAsString(publiek);
        assertThat(json).isEqualTo("{\"team\":\"scenario-publiek\",\"status\":\"ongepland\",\"capaciteit\":null,\"ontwikkeltijd\":null,"
                + "\"planbaar\":null,\"gepland\":null,\"geplandPerGemeente\":null,\"vrijeRuimte\":null,\"toegezegd\":150.00,"
                + "\"besteed\":7.50,\"boven\":null,\"ontwikkeltijdGerespecteerd\":null,\"overschrijdingen\":[],\"tarief\":80,"
                + "\"kosten\":12000.00,\"formatie\":null}");
    }

    private static Map<String, Capaciteit.Gemeente> perGemeente(Capaciteit capaciteit) {
        return capaciteit.gemeenten().stream().collect(Collectors.toMap(Capaciteit.Gemeente::gemeente, Function.identity()));
    }

    private static Map<String, Capaciteit.Team> perTeam(Capaciteit capaciteit) {
        return capaciteit.teams().stream().collect(Collectors.toMap(Capaciteit.Team::team, Function.identity()));
    }

    private static void gemeente(Capaciteit.Gemeente g, String toegezegd, String aandeel, String sleutel, String afwijking) {
        assertThat(g.toegezegdeUren()).as(g.gemeente() + " toegezegd").isEqualByComparingTo(toegezegd);
        assertThat(g.aandeelUren()).as(g.gemeente() + " aandeel").isEqualByComparingTo(aandeel);
        assertThat(g.verdeelsleutelAandeel()).as(g.gemeente() + " sleutel").isEqualByComparingTo(sleutel);
        assertThat(g.afwijking()).as(g.gemeente() + " afwijking").isEqualByComparingTo(afwijking);
    }
}
