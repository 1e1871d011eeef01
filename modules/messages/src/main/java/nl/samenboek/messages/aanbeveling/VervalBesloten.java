package nl.samenboek.messages.aanbeveling;


import java.time.LocalDate;
import java.util.List;

public record VervalBesloten(String letter, LocalDate datum, String reden, List<String> gemeenten) implements AanbevelingGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
