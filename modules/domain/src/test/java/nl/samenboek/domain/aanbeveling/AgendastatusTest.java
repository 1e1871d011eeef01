package nl.samenboek.domain.aanbeveling;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
}
