package nl.samenboek.domain.bijeenkomst;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BijeenkomststatusTest {

    private static final LocalDate DATUM = LocalDate.of(2027, 2, 15);
    private static final List<String> HLT = List.of("hillegom", "lisse", "teylingen");

    @Test
    void geplandTotHaarDatumEnGehoudenVanafDieDag() {
        assertThat(Bijeenkomststatus.bepaal(DATUM, false, DATUM.minusDays(1))).isEqualTo(Bijeenkomststatus.GEPLAND);
        assertThat(Bijeenkomststatus.bepaal(DATUM, false, DATUM)).isEqualTo(Bijeenkomststatus.GEHOUDEN);
        assertThat(Bijeenkomststatus.bepaal(DATUM, true, DATUM.plusDays(1))).isEqualTo(Bijeenkomststatus.GEANNULEERD);
    }

    @Test
    void voltalligAlsElkeGemeenteVanDeSamenwerkingDeelnam() {
        assertThat(Bijeenkomststatus.voltallig(List.of("lisse", "teylingen", "hillegom"), HLT)).isTrue();
        assertThat(Bijeenkomststatus.voltallig(List.of("lisse", "hillegom"), HLT)).isFalse();
        assertThat(Bijeenkomststatus.voltallig(List.of("lisse", "hillegom"), List.of())).as("zonder samenwerking niets").isFalse();
    }
}
