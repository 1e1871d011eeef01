package nl.samenboek.messages.opdracht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration corrected: its hours are {@code uren} from now on; {@code vorigeUren} were counted before. It is about
 * the day of the registration, so time travel counts the correction from that day.
 *
 * @param registratie the versie of the urenregistratie it corrects
 */
public record UrenGecorrigeerd(OpdrachtId opdrachtId,
                               long registratie,
                               LocalDate datum,
                               String medewerker,
                               BigDecimal vorigeUren,
                               BigDecimal uren,
                               String reden,
                               List<String> gemeenten) implements OpdrachtGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }

    /** What the correction adds to the hours spent (negative when it lowers them). */
    public BigDecimal verschil() {
        return uren.subtract(vorigeUren);
    }
}
