package nl.samenboek.messages.aanbeveling;


import java.time.LocalDate;
import java.util.List;

public record UitstelBesloten(String letter, LocalDate datum, LocalDate nieuweDeadline, String reden, List<String> gemeenten)
        implements AanbevelingGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
