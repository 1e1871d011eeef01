package nl.samenboek.api.beveiliging;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast header check lets through exactly what Spring Security's own strict firewall lets through. */
class KopwaardenProperties {

    private final StrictHttpFirewall standaard = new StrictHttpFirewall();

    @Property(tries = 3000)
    void eenKopwaardeIsToegestaanPreciesAlsDeStandaardFirewallHaarToelaat(@ForAll("kopteksten") String waarde) {
        assertThat(Kopwaarden.WAARDEN.test(waarde)).as("waarde %s", zichtbaar(waarde))
                .isEqualTo(standaardLaatToe("X-Proef", waarde));
    }

    @Property(tries = 3000)
    void eenKopnaamIsToegestaanPreciesAlsDeStandaardFirewallHaarToelaat(@ForAll("kopteksten") String naam) {
        assertThat(Kopwaarden.NAMEN.test(naam)).as("naam %s", zichtbaar(naam))
                .isEqualTo(standaardLaatToe(naam, "waarde"));
    }

    @Provide
    Arbitrary<String> kopteksten() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> allerlei = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> randgevallen = Arbitraries.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "a\tb", "\u007f", "\u0085",
                "é", "\uD83D\uDE00", "\uD83D", "\u0378", "\u200b", "a\u0000b", "a\rb", "a\nb", " ", "~");
        return Arbitraries.oneOf(ascii, allerlei, randgevallen);
    }

    private boolean standaardLaatToe(String naam, String waarde) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/api/v1/gemeenten");
        verzoek.addHeader(naam, waarde);
        try {
            var gefilterd = standaard.getFirewalledRequest(verzoek);
            var namen = gefilterd.getHeaderNames();
            while (namen.hasMoreElements()) {
                gefilterd.getHeader(namen.nextElement());
            }
            return true;
        } catch (RequestRejectedException geweigerd) {
            return false;
        }
    }

    private static String zichtbaar(String tekst) {
        return tekst.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
