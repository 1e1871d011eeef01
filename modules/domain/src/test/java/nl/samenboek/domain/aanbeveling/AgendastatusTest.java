package nl.samenboek.domain.aanbeveling;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgendastatusTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);

    @Test
    void opDeDeadlineZelfIsHetNogNietTeLaat() {
        assertThat(Agendastatus.bepaal(false, false, DEADLINE, false, true, DEADLINE)).isEqualTo(Agendastatus.GESTART);
        assertThat(Agendastatus.bepaal(false, false, DEADLINE, false, true, DEADLINE.plusDays(1))).isEqualTo(Agendastatus.TE_LAAT);
    }

    @Test
    void uitgesteldTotDeNieuweDeadlineVerstrijkt() {
        LocalDate nieuw = LocalDate.of(2025, 9, 30);
        assertThat(Agendastatus.bepaal(false, false, nieuw, true, false, LocalDate.of(2025, 6, 1))).isEqualTo(Agendastatus.UITGESTELD);
        assertThat(Agendastatus.bepaal(false, false, nieuw, true, false, LocalDate.of(2025, 10, 1))).isEqualTo(Agendastatus.TE_LAAT);
    }

    @Test
    void vervallenEnGerealiseerdGaanVoor() {
        assertThat(Agendastatus.bepaal(true, true, DEADLINE, true, true, LocalDate.of(2026, 1, 1))).isEqualTo(Agendastatus.VERVALLEN);
        assertThat(Agendastatus.bepaal(false, true, DEADLINE, false, true, LocalDate.of(2026, 1, 1))).isEqualTo(Agendastatus.GEREALISEERD);
        assertThat(Agendastatus.bepaal(false, false, null, false, false, LocalDate.of(2040, 1, 1))).isEqualTo(Agendastatus.NIET_GESTART);
    }

    @Test
    void eenAanbevelingIsGerealiseerdAlsElkeStapHetIsEnTeLaatAlsEenStapHetIs() {
        assertThat(Agendastatus.vanStappen(false, List.of(Agendastatus.GEREALISEERD, Agendastatus.GEREALISEERD), true))
                .isEqualTo(Agendastatus.GEREALISEERD);
        assertThat(Agendastatus.vanStappen(false, List.of(Agendastatus.GEREALISEERD, Agendastatus.NIET_GESTART), true))
                .as("V na haar eerste stap").isEqualTo(Agendastatus.GESTART);
        assertThat(Agendastatus.vanStappen(false, List.of(Agendastatus.GEREALISEERD, Agendastatus.TE_LAAT, Agendastatus.NIET_GESTART), true))
                .isEqualTo(Agendastatus.TE_LAAT);
        assertThat(Agendastatus.vanStappen(false, List.of(Agendastatus.UITGESTELD, Agendastatus.NIET_GESTART), true))
                .isEqualTo(Agendastatus.UITGESTELD);
        assertThat(Agendastatus.vanStappen(false, List.of(Agendastatus.NIET_GESTART), false)).isEqualTo(Agendastatus.NIET_GESTART);
        assertThat(Agendastatus.vanStappen(true, List.of(Agendastatus.GEREALISEERD, Agendastatus.TE_LAAT), true))
                .isEqualTo(Agendastatus.VERVALLEN);
    }

    @Test
    void perGemeenteGerealiseerdAlsElkeGemeenteHetIsTeLaatAlsEenHetIsAndersDeMinstGevorderde() {
        assertThat(Agendastatus.samen(List.of(Agendastatus.GEREALISEERD, Agendastatus.GEREALISEERD))).isEqualTo(Agendastatus.GEREALISEERD);
        assertThat(Agendastatus.samen(List.of(Agendastatus.GEREALISEERD, Agendastatus.TE_LAAT, Agendastatus.GESTART)))
                .isEqualTo(Agendastatus.TE_LAAT);
        assertThat(Agendastatus.samen(List.of(Agendastatus.GEREALISEERD, Agendastatus.GESTART))).isEqualTo(Agendastatus.GESTART);
        assertThat(Agendastatus.samen(List.of(Agendastatus.GESTART, Agendastatus.UITGESTELD))).isEqualTo(Agendastatus.UITGESTELD);
        assertThat(Agendastatus.samen(List.of(Agendastatus.GEREALISEERD, Agendastatus.NIET_GESTART, Agendastatus.GESTART)))
                .isEqualTo(Agendastatus.NIET_GESTART);
        assertThat(Agendastatus.samen(List.of(Agendastatus.VERVALLEN, Agendastatus.VERVALLEN))).isEqualTo(Agendastatus.VERVALLEN);
    }
}
