package nl.samenboek.domain.toerekening;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Splits must add up exactly: no hundredth of an hour lost or made up, whatever the hours and the key. */
class VerdelingProperties {

    @Property(tries = 3000)
    void elkeSplitsingTeltExactOp(@ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal uren,
                                  @ForAll("gewichten") Map<String, BigDecimal> gewichten) {
        Map<String, BigDecimal> delen = Verdeling.verdeel(uren, gewichten);
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(uren);
        assertThat(delen.keySet()).containsExactlyInAnyOrderElementsOf(gewichten.keySet());
        BigDecimal som = gewichten.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        delen.forEach((gemeente, deel) -> {
            BigDecimal exact = uren.multiply(gewichten.get(gemeente)).divide(som, MathContext.DECIMAL128);
            assertThat(deel.subtract(exact).abs()).as("deel van %s", gemeente).isLessThan(Verdeling.eenheid());
            assertThat(deel.scale()).isEqualTo(2);
            assertThat(deel.signum()).isNotNegative();
        });
    }

    @Property(tries = 1000)
    void eenGezamenlijkeOpdrachtVerdeeltVolgensDeSleutelOnderHaarGemeenten(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal uren,
                                                                          @ForAll("gewichten") Map<String, BigDecimal> sleutel) {
        List<String> gemeenten = sleutel.keySet().stream().sorted().limit(2).toList();
        Map<String, BigDecimal> delen = Toerekening.verdeel(uren, Soort.STANDAARD, gemeenten, null,
                new Verdeelsleutel(LocalDate.of(2017, 1, 1), sleutel));
        assertThat(delen.keySet()).containsExactlyInAnyOrderElementsOf(gemeenten);
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(uren);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> gewichten() {
        Arbitrary<BigDecimal> gewicht = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4);
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12), gewicht)
                .ofMinSize(2).ofMaxSize(12)
                .filter(m -> m.values().stream().anyMatch(w -> w.signum() > 0));
    }
}
