package nl.samenboek.domain.toerekening;

import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdelingTest {

    private static final Verdeelsleutel HLT = new Verdeelsleutel(LocalDate.of(2017, 1, 1),
            Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE, "teylingen", new BigDecimal("2")));

    @Test
    void splitstGezamenlijkeUrenVolgensVerdeelsleutel() {
        assertThat(Toerekening.verdeel(new BigDecimal("400"), Soort.STANDAARD, List.of("hillegom", "lisse", "teylingen"), null, HLT))
                .containsEntry("hillegom", new BigDecimal("100.00")).containsEntry("lisse", new BigDecimal("100.00"))
                .containsEntry("teylingen", new BigDecimal("200.00"));
    }

    @Test
    void geeftDeResterendeHonderdstenAanDeGrootsteResten() {
        Map<String, BigDecimal> delen = Toerekening.verdeel(new BigDecimal("100"), Soort.STANDAARD,
                List.of("hillegom", "lisse", "teylingen"), null,
                new Verdeelsleutel(LocalDate.of(2017, 1, 1), Map.of("hillegom", BigDecimal.ONE, "lisse", BigDecimal.ONE, "teylingen", BigDecimal.ONE)));
        assertThat(delen).containsEntry("hillegom", new BigDecimal("33.34")).containsEntry("lisse", new BigDecimal("33.33"))
                .containsEntry("teylingen", new BigDecimal("33.33"));
    }

    @Test
    void verdeeltAlleenOnderDeGemeentenVanDeOpdracht() {
        assertThat(Toerekening.verdeel(new BigDecimal("90"), Soort.STANDAARD, List.of("lisse", "teylingen"), null, HLT))
                .containsEntry("lisse", new BigDecimal("30.00")).containsEntry("teylingen", new BigDecimal("60.00")).hasSize(2);
    }

    @Test
    void maatwerkTeltGeheelVoorZijnGemeente() {
        assertThat(Toerekening.verdeel(new BigDecimal("37.5"), Soort.MAATWERK, List.of("lisse"), null, HLT))
                .containsExactly(Map.entry("lisse", new BigDecimal("37.50")));
    }

    @Test
    void eenEigenVerdelingGaatVoorDeSleutel() {
        assertThat(Toerekening.verdeel(new BigDecimal("10"), Soort.STANDAARD, List.of("hillegom", "lisse"),
                Map.of("hillegom", new BigDecimal("8"), "lisse", new BigDecimal("2")), HLT))
                .containsEntry("hillegom", new BigDecimal("8.00")).containsEntry("lisse", new BigDecimal("2.00"));
    }
}
