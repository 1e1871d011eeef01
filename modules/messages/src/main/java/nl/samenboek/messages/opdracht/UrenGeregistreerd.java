package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record UrenGeregistreerd(OpdrachtId opdrachtId,
                                LocalDate datum,
                                BigDecimal uren,
                                String medewerker,
                                List<String> gemeenten) implements OpdrachtGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
