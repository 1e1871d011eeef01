package nl.samenboek.api.beveiliging;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast token reader gives exactly the token, the absence or the error Spring Security's default resolver gives. */
class TokenlezerProperties {

    private final DefaultBearerTokenResolver standaard = new DefaultBearerTokenResolver();
    private final Tokenlezer lezer = new Tokenlezer();

    @Property(tries = 5000)
    void leestHetzelfdeAlsDeStandaard(@ForAll("koppen") String kop) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/api/v1/gemeenten");
        verzoek.addHeader("Authorization", kop);
        assertThat(uitkomst(() -> lezer.resolve(verzoek))).as("kop [%s]", kop).isEqualTo(uitkomst(() -> standaard.resolve(verzoek)));
    }

    @Property(tries = 10)
    void zonderKopGeenToken() {
        assertThat(lezer.resolve(new MockHttpServletRequest("GET", "/api/v1/gemeenten"))).isNull();
    }

    @Provide
    Arbitrary<String> koppen() {
        Arbitrary<String> schema = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "Bearerx ", "", " Bearer ");
        Arbitrary<String> token = Arbitraries.strings().withChars("abcXYZ019-._~+/=").ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> vreemd = Arbitraries.strings().all().ofMaxLength(4);
        return Combinators.combine(schema, token, vreemd, Arbitraries.integers().between(0, 3))
                .as((s, t, v, waar) -> switch (waar) {
                    case 0 -> s + t;
                    case 1 -> s + t + v;
                    case 2 -> s + v + t;
                    default -> v + s + t;
                });
    }

    private static String uitkomst(java.util.function.Supplier<String> lees) {
        try {
            return "token:" + lees.get();
        } catch (OAuth2AuthenticationException fout) {
            return "fout:" + fout.getError().getErrorCode() + ":" + fout.getError().getDescription();
        }
    }
}
