package nl.samenboek.ledger.sleutel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudoniemenTest {

    private static byte[] sleutel(int vulling) {
        byte[] sleutel = new byte[32];
        Arrays.fill(sleutel, (byte) vulling);
        return sleutel;
    }

    @Test
    void geeftDezelfdePersoonSteedsHetzelfdePseudoniem() {
        Pseudoniemen pseudoniemen = new Pseudoniemen(sleutel(1));
        assertThat(pseudoniemen.van("https://login.lisse.nl", "jan")).isEqualTo(pseudoniemen.van("https://login.lisse.nl", "jan"))
                .matches("p-[0-9a-f]{24}");
    }

    @Test
    void onderscheidtPersonenEnUitgevers() {
        Pseudoniemen pseudoniemen = new Pseudoniemen(sleutel(1));
        assertThat(pseudoniemen.van("https://login.lisse.nl", "jan"))
                .isNotEqualTo(pseudoniemen.van("https://login.lisse.nl", "piet"))
                .isNotEqualTo(pseudoniemen.van("https://login.hillegom.nl", "jan"));
    }

    @Test
    void isZonderHetGeheimVanDeInstantieNietNaTeRekenen() {
        assertThat(new Pseudoniemen(sleutel(1)).van("uitgever", "jan")).isNotEqualTo(new Pseudoniemen(sleutel(2)).van("uitgever", "jan"))
                .doesNotContain("jan");
    }

    @Test
    void weigertEenTeKorteSleutel() {
        assertThatThrownBy(() -> new Pseudoniemen(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
