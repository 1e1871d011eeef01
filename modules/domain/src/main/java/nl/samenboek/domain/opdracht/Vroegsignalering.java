package nl.samenboek.domain.opdracht;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Early warning (docs/groeimodel.md): registered hours projected linearly over the jaar; when the projection exceeds the committed
 * hours by more than 10 %, the college must hear it in time.
 */
public final class Vroegsignalering {

    static final BigDecimal DREMPEL = new BigDecimal("1.10");

    /**
     * @param verwacht      the registered hours extrapolated to the whole jaar
     * @param overschrijding by how much the projection exceeds the commitment, as a fraction (0.25 = 25 %)
     */
    public record Signaal(BigDecimal toegezegd, BigDecimal besteed, BigDecimal verwacht, BigDecimal overschrijding) {
    }

    private Vroegsignalering() {
    }

    public static Optional<Signaal> beoordeel(int jaar, BigDecimal toegezegd, BigDecimal besteed, LocalDate peildatum) {
        if (toegezegd.signum() <= 0 || besteed.signum() <= 0 || peildatum.getYear() < jaar) {
            return Optional.empty();
        }
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        int dagen = begin.lengthOfYear();
        int verstreken = peildatum.getYear() > jaar ? dagen : peildatum.getDayOfYear();
        BigDecimal verwacht = besteed.multiply(BigDecimal.valueOf(dagen)).divide(BigDecimal.valueOf(verstreken), 2, RoundingMode.HALF_UP);
        if (verwacht.compareTo(toegezegd.multiply(DREMPEL)) <= 0) {
            return Optional.empty();
        }
        BigDecimal overschrijding = verwacht.subtract(toegezegd).divide(toegezegd, 4, RoundingMode.HALF_EVEN);
        return Optional.of(new Signaal(toegezegd, besteed, verwacht, overschrijding));
    }
}
