package nl.samenboek.projections.groeimodel;

import nl.samenboek.projections.opdracht.OpdrachtBouwer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.samenboek.projections.groeimodel.Scenario2021.JAAR;
import static nl.samenboek.projections.groeimodel.Scenario2021.RUIMTE;
import static org.assertj.core.api.Assertions.assertThat;

/** The groeimodel of the hand-computed year 2021 ({@link Scenario2021}), without Spring or MongoDB. */
class GroeimodelberekeningTest {

    private static final Groeimodelnormen LETTERLIJK = Groeimodelnormen.letterlijk();

    @Test
    void teltDeUrenVanAlleGemeentenSamenPerNiveau() {
        Groeimodel groeimodel = Groeimodelberekening.bereken(Scenario2021.jaarstand(), null, LETTERLIJK);
        assertThat(groeimodel.gemeente()).isNull();
        niveau(groeimodel, "input", "90", 1);
        niveau(groeimodel, "output", "400", 1);
        niveau(groeimodel, "outcome", "150", 1);
        niveau(groeimodel, "geen", "0", 1);
        assertThat(groeimodel.totaalUren()).isEqualByComparingTo("640");
        assertThat(groeimodel.aandeelOutput()).as("550 van 640 uur").isEqualByComparingTo("0.8594");
        assertThat(groeimodel.aandeelOutcome()).as("150 van 640 uur").isEqualByComparingTo("0.2344");
    }

    @Test
    void splitstGezamenlijkeUrenVolgensVerdeelsleutel() {
        Groeimodel lisse = Groeimodelberekening.bereken(Scenario2021.jaarstand(), "lisse", LETTERLIJK);
        niveau(lisse, "input", "0", 0);
        niveau(lisse, "output", "100", 1);
        niveau(lisse, "outcome", "150", 1);
        niveau(lisse, "geen", "0", 1);
        assertThat(lisse.aandeelOutput()).isEqualByComparingTo("1");
        assertThat(lisse.aandeelOutcome()).isEqualByComparingTo("0.6");

        Groeimodel teylingen = Groeimodelberekening.bereken(Scenario2021.jaarstand(), "teylingen", LETTERLIJK);
        niveau(teylingen, "output", "200", 1);
        assertThat(teylingen.aandeelOutput()).as("200 van 230 uur").isEqualByComparingTo("0.8696");
    }

    @Test
    void volgtDeEigenVerdelingVanEenToezegging() {
        Groeimodel hillegom = Groeimodelberekening.bereken(Scenario2021.jaarstand(), "hillegom", LETTERLIJK);
        niveau(hillegom, "input", "60", 1);
        niveau(hillegom, "output", "100", 1);
        assertThat(hillegom.aandeelOutput()).isEqualByComparingTo("0.625");
        niveau(Groeimodelberekening.bereken(Scenario2021.jaarstand(), "teylingen", LETTERLIJK), "input", "30", 1);
    }

    @Test
    void meetElkeMijlpaalTegenZijnNorm() {
        List<Groeimodel.Mijlpaalstand> mijlpalen = Groeimodelberekening.bereken(Scenario2021.jaarstand(), "lisse", LETTERLIJK).mijlpalen();
        assertThat(mijlpalen).extracting(Groeimodel.Mijlpaalstand::jaar).containsExactly(2025, 2027, 2030);
        assertThat(mijlpalen).extracting(Groeimodel.Mijlpaalstand::niveau).containsExactly("input", "output", "outcome");
        assertThat(mijlpalen.get(1).gerealiseerd()).isEqualByComparingTo("1");
        assertThat(mijlpalen.get(1).behaald()).isTrue();
        assertThat(mijlpalen.get(2).gerealiseerd()).isEqualByComparingTo("0.6");
        assertThat(mijlpalen.get(2).behaald()).as("60 % outcome haalt de letterlijke norm van 100 % niet").isFalse();
    }

    @Test
    void verdeeltDeUrenPerCategorieEnPerTeam() {
        Groeimodel groeimodel = Groeimodelberekening.bereken(Scenario2021.jaarstand(), null, LETTERLIJK);
        assertThat(groeimodel.perCategorie().get("beleid").niveaus().get("output").uren()).isEqualByComparingTo("400");
        assertThat(groeimodel.perCategorie().get("beleid").niveaus().get("geen").opdrachten()).as("D").isEqualTo(1);
        assertThat(groeimodel.perTeam().get(RUIMTE).totaalUren()).as("A 400 + C 90").isEqualByComparingTo("490");
    }

    @Test
    void noemtDeEvaluatiemomentenVanDeNota() {
        assertThat(Groeimodelberekening.bereken(Scenario2021.jaarstand(), null, LETTERLIJK).evaluatiemomenten())
                .extracting(Groeimodel.Evaluatiemoment::moment).containsExactly("2e helft 2028", "eind 2030");
    }

    @Test
    void laatAfgewezenEnIngetrokkenOpdrachtenBuitenBeschouwing() {
        Jaarstand stand = Scenario2021.jaarstand(Scenario2021.opdrachtA(),
                OpdrachtBouwer.aanvraag("Ingetrokken").door("lisse").aangevraagd().aanvaard().toegezegd(JAAR, "50")
                        .ingetrokken("Niet meer nodig").document(),
                OpdrachtBouwer.aanvraag("Afgewezen").door("lisse").aangevraagd().afgewezen("Geen capaciteit").document());
        Groeimodel groeimodel = Groeimodelberekening.bereken(stand, null, LETTERLIJK);
        assertThat(groeimodel.totaalUren()).isEqualByComparingTo("400");
        niveau(groeimodel, "geen", "0", 0);
        niveau(groeimodel, "input", "0", 0);
    }

    private static void niveau(Groeimodel groeimodel, String niveau, String uren, int opdrachten) {
        Groeimodel.Niveaustand stand = groeimodel.niveaus().get(niveau);
        assertThat(stand.uren()).as("uren op " + niveau).isEqualByComparingTo(uren);
        assertThat(stand.opdrachten()).as("opdrachten op " + niveau).isEqualTo(opdrachten);
    }
}
