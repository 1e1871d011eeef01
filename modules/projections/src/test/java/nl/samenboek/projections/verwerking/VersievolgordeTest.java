package nl.samenboek.projections.verwerking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersievolgordeTest {

    @Test
    void deVolgendeVersieWordtVerwerkt() {
        assertThat(Versievolgorde.beoordeel("projectie-x", "d", 0, 1)).isEqualTo(Versievolgorde.Beoordeling.VOLGENDE);
        assertThat(Versievolgorde.beoordeel("projectie-x", "d", 41, 42)).isEqualTo(Versievolgorde.Beoordeling.VOLGENDE);
    }

    @Test
    void eenNogmaalsBezorgdeGebeurtenisVeranderdNiets() {
        assertThat(Versievolgorde.beoordeel("projectie-x", "d", 5, 5)).isEqualTo(Versievolgorde.Beoordeling.AL_VERWERKT);
        assertThat(Versievolgorde.beoordeel("projectie-x", "d", 5, 1)).isEqualTo(Versievolgorde.Beoordeling.AL_VERWERKT);
    }

    @Test
    void eenGatWordtGeweigerdMetProjectieDocumentEnVersies() {
        assertThatThrownBy(() -> Versievolgorde.beoordeel("projectie-opdrachten", "op-1", 3, 5))
                .isInstanceOf(Versievolgorde.GatInVersies.class)
                .hasMessageContaining("projectie-opdrachten").hasMessageContaining("op-1")
                .hasMessageContaining("versie 3").hasMessageContaining("versie 5");
        assertThatThrownBy(() -> Versievolgorde.beoordeel("projectie-opdrachten", "op-2", 0, 2))
                .isInstanceOf(Versievolgorde.GatInVersies.class);
    }
}
