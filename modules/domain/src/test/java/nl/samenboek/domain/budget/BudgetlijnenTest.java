package nl.samenboek.domain.budget;

import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Soort;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetlijnenTest {

    private static final Map<String, BigDecimal> BUCH = Map.of("standaardpakket", new BigDecimal("0.8"), "klussen", new BigDecimal("0.1"),
            "reserve", new BigDecimal("0.1"));

    @Test
    void standaardwerkGaatNaarHetStandaardpakketMaatwerkNaarKlussenEnEenCrisisNaarDeReserve() {
        assertThat(Budgetlijnen.lijnVoor(Soort.STANDAARD, Categorie.BELEID, BUCH)).isEqualTo("standaardpakket");
        assertThat(Budgetlijnen.lijnVoor(Soort.MAATWERK, Categorie.DIENSTVERLENING, BUCH)).isEqualTo("klussen");
        assertThat(Budgetlijnen.lijnVoor(Soort.MAATWERK, Categorie.CRISIS, BUCH)).isEqualTo("reserve");
        assertThat(Budgetlijnen.lijnVoor(Soort.STANDAARD, Categorie.CRISIS, BUCH)).isEqualTo("reserve");
    }

    @Test
    void zonderEigenLijnGaatHetWerkNaarDeStandaardlijn() {
        // HLTsamen may hold no reserve (Berenschot 2019): a crisis is then ordinary work
        Map<String, BigDecimal> zonderReserve = Map.of("basis", new BigDecimal("0.7"), "klussen", new BigDecimal("0.3"));
        assertThat(Budgetlijnen.lijnVoor(Soort.STANDAARD, Categorie.CRISIS, zonderReserve)).isEqualTo("basis");
        assertThat(Budgetlijnen.lijnVoor(Soort.MAATWERK, Categorie.BELEID, Map.of("basis", BigDecimal.ONE))).isEqualTo("basis");
        assertThat(Budgetlijnen.lijnVoor(Soort.MAATWERK, Categorie.BELEID, Map.of())).isNull();
    }

    @Test
    void deStandaardlijnIsDeGrootsteVanDeOverigeBijGelijkeDeEersteNaam() {
        assertThat(Budgetlijnen.standaardlijn(Map.of("wonen", new BigDecimal("0.4"), "zorg", new BigDecimal("0.4"),
                "klussen", new BigDecimal("0.2")))).isEqualTo("wonen");
        assertThat(Budgetlijnen.standaardlijn(Map.of("klussen", new BigDecimal("0.6"), "reserve", new BigDecimal("0.4"))))
                .isEqualTo("klussen");
    }

    @Test
    void deBedragenTellenOpTotDeBijdrageTotOpDeCent() {
        Map<String, BigDecimal> derden = Map.of("a", new BigDecimal("0.333333"), "b", new BigDecimal("0.333333"),
                "c", new BigDecimal("0.333334"));
        Map<String, BigDecimal> bedragen = Budgetlijnen.bedragen(new BigDecimal("100"), derden);
        assertThat(bedragen).containsEntry("a", new BigDecimal("33.33")).containsEntry("b", new BigDecimal("33.33"))
                .containsEntry("c", new BigDecimal("33.34"));
        assertThat(Budgetlijnen.bedragen(new BigDecimal("100"), Map.of())).isEmpty();
    }
}
