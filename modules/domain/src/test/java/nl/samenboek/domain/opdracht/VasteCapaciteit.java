package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.OpdrachtId;

import java.math.BigDecimal;
import java.util.Optional;

/** A fixed capacity answer for tests: no werkplan at all, or one team-year with a plannable capacity and other commitments. */
public record VasteCapaciteit(String team, int jaar, BigDecimal planbaar, BigDecimal anderen) implements Capaciteitsbewaking {

    public static VasteCapaciteit zonderWerkplannen() {
        return new VasteCapaciteit(null, 0, null, BigDecimal.ZERO);
    }

    @Override
    public Optional<BigDecimal> planbaar(String team, int jaar) {
        return team.equals(this.team) && jaar == this.jaar ? Optional.of(planbaar) : Optional.empty();
    }

    @Override
    public BigDecimal toegezegdDoorAnderen(String team, int jaar, OpdrachtId uitgezonderd) {
        return anderen;
    }
}
