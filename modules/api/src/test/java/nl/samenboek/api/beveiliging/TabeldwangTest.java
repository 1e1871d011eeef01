package nl.samenboek.api.beveiliging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deny by default (docs/security.md): the table is found by method and path, and a controller path outside it is shut. */
class TabeldwangTest {

    private final Rolcontrole tabel = new Rolcontrole();
    private final Tabeldwang dwang = new Tabeldwang();

    @Test
    void elkeRijWordtGevondenDoorMethodeEnPad() {
        for (Handeling handeling : Handeling.values()) {
            String pad = "/api/v1" + handeling.pad().replaceAll("\\{[^}]+}", "x-1");
            assertThat(tabel.handeling(handeling.methode(), pad)).as(handeling.name()).contains(handeling);
            assertThat(dwang.toegelaten(handeling.methode(), pad, true)).as(handeling.name()).isTrue();
        }
    }

    @Test
    void eenVerzonnenPadOfMethodeHeeftGeenRij() {
        assertThat(tabel.handeling("GET", "/api/v1/opdrachten/x/geheim")).isEmpty();
        assertThat(tabel.handeling("DELETE", "/api/v1/opdrachten/x")).isEmpty();
        assertThat(tabel.handeling("PATCH", "/api/v1/gemeenten")).isEmpty();
        assertThat(tabel.handeling("GET", "/api/v1/opdrachten/")).isEmpty();
        assertThat(tabel.handeling("GET", "/api/v2/opdrachten")).isEmpty();
    }

    @Test
    void eenControllerZonderRijIsDicht() {
        assertThat(dwang.toegelaten("GET", "/api/v1/opdrachten/x/geheim", true)).isFalse();
        assertThat(dwang.toegelaten("DELETE", "/api/v1/gemeenten/lisse", true)).isFalse();
    }

    @Test
    void zonderControllerBeslistDeRouteringEnOpenapiIsOpenbaar() {
        // no controller: 404 or 405 from Spring MVC, as before; the security chain already required a valid token
        assertThat(dwang.toegelaten("GET", "/api/v1/bestaat-niet", false)).isTrue();
        assertThat(dwang.toegelaten("GET", "/api/v1/openapi.json", true)).isTrue();
    }
}
