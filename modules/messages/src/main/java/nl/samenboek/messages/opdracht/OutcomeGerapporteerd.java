package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** @param peildatum the date the measured value is about */
public record OutcomeGerapporteerd(OpdrachtId opdrachtId, String afspraak, BigDecimal waarde, LocalDate peildatum,
                                   String toelichting, List<String> gemeenten) implements OpdrachtGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return peildatum;
    }
}
