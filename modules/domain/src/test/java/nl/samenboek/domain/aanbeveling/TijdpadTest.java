package nl.samenboek.domain.aanbeveling;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TijdpadTest {

    @Test
    void leestDeVormenVanBijlageI() {
        assertThat(Tijdpad.lees("1e kwartaal 2025", false).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Tijdpad.lees("3e kwartaal 2025", false).deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Tijdpad.lees("Medio 2025", false).deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Tijdpad.lees("2e helft 2025", false).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Tijdpad.lees("2025", false).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Tijdpad.lees("begin 2028", false).deadline()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(Tijdpad.lees("juni 2026", false).deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void eenBegrotingIsHetNajaarErvoor() {
        Tijdpad.Data f = Tijdpad.lees("Start via begrotingen 2026. Doorlooptijd 3 jaar.", false);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(f.mijlpalen()).containsExactly(LocalDate.of(2028, 12, 31));
    }

    @Test
    void deVroegsteStapIsDeDeadlineDeRestZijnMijlpalen() {
        Tijdpad.Data r = Tijdpad.lees("Start professionaliseringsslag medio 2025. Beleggen bij S&C 4e kwartaal 2024", false);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(r.mijlpalen()).containsExactly(LocalDate.of(2025, 6, 30));
    }

    @Test
    void eenTerugkerendeVerplichtingOfGeenDatumGeeftGeenDeadline() {
        assertThat(Tijdpad.lees("Inregelen vanaf 1 januari 2025", true)).isEqualTo(new Tijdpad.Data(null, List.of()));
        assertThat(Tijdpad.lees("Start in volgende bestuursperiode.", false).deadline()).isNull();
    }
}
