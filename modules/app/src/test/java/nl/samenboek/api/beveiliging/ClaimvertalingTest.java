package nl.samenboek.api.beveiliging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an identity provider's claims become samenboek's rol and gemeente (docs/operations.md, claims). */
class ClaimvertalingTest {

    private static final Map<String, Object> BASIS = Map.of("iss", "https://idp.example", "sub", "u1", "exp", 2_000_000_000L);

    @Test
    void standaardGeldenRolEnGemeenteZoalsZeStaan() {
        Map<String, Object> uit = Claimvertaling.standaard().convert(met(Map.of("rol", "college", "gemeente", "lisse")));
        assertThat(uit).containsEntry("rol", "college").containsEntry("gemeente", "lisse");
        assertThat(uit.get("exp")).isInstanceOf(java.time.Instant.class);
    }

    @Test
    void eigenClaimnamenOokGeneste() {
        Claimvertaling vertaling = new Claimvertaling("https://hltsamen.nl/rol", "organisatie.gemeente", "", Map.of());
        Map<String, Object> uit = vertaling.convert(met(Map.of("https://hltsamen.nl/rol", "raad",
                "organisatie", Map.of("gemeente", "teylingen"), "rol", "auditor")));
        assertThat(uit).containsEntry("rol", "raad").containsEntry("gemeente", "teylingen");
    }

    @Test
    void eenRolclaimVanDezelfdeNaamDieNietIsIngesteldGeeftGeenRechten() {
        Claimvertaling vertaling = new Claimvertaling("samenboek_rol", "samenboek_gemeente", "", Map.of());
        Map<String, Object> uit = vertaling.convert(met(Map.of("rol", "beheerder", "gemeente", "lisse")));
        assertThat(uit).doesNotContainKeys("rol", "gemeente");
    }

    @Test
    void groepenWordenRolEnGemeente() {
        Claimvertaling vertaling = new Claimvertaling("rol", "gemeente", "realm_access.roles",
                Claimvertaling.Rolkoppeling.lees("grp-lisse-college=college:lisse, grp-hlt-directie=directie"));
        assertThat(vertaling.convert(met(Map.of("realm_access", Map.of("roles", List.of("offline", "grp-lisse-college"))))))
                .containsEntry("rol", "college").containsEntry("gemeente", "lisse");
        assertThat(vertaling.convert(met(Map.of("realm_access", Map.of("roles", List.of("grp-hlt-directie")), "gemeente", "lisse"))))
                .containsEntry("rol", "directie").doesNotContainKey("gemeente");
    }

    @Test
    void groepenDieTweeRollenGevenGevenGeenRechten() {
        Claimvertaling vertaling = new Claimvertaling("rol", "gemeente", "groups",
                Claimvertaling.Rolkoppeling.lees("a=college:lisse,b=raad:lisse"));
        Map<String, Object> uit = vertaling.convert(met(Map.of("groups", List.of("a", "b"), "rol", "auditor")));
        assertThat(uit.get("rol")).isEqualTo("");
        assertThat(Rolcontrole.onbevoegd(org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t").header("alg", "RS256")
                .claims(c -> c.putAll(uit)).build())).isPresent();
    }

    @Test
    void eenFoutInDeKoppelingHoudtDeStartTegen() {
        assertThatThrownBy(() -> Claimvertaling.Rolkoppeling.lees("a=koning")).hasMessageContaining("onbekende rol");
        assertThatThrownBy(() -> Claimvertaling.Rolkoppeling.lees("a=college")).hasMessageContaining("noemt een gemeente");
        assertThatThrownBy(() -> Claimvertaling.Rolkoppeling.lees("a=directie:lisse")).hasMessageContaining("hoort bij geen gemeente");
        assertThatThrownBy(() -> Claimvertaling.Rolkoppeling.lees("a=directie,a=auditor")).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> Claimvertaling.Rolkoppeling.lees("zonder-is")).hasMessageContaining("groep=rol");
    }

    private static Map<String, Object> met(Map<String, Object> claims) {
        Map<String, Object> alles = new java.util.HashMap<>(BASIS);
        alles.putAll(claims);
        return alles;
    }
}
