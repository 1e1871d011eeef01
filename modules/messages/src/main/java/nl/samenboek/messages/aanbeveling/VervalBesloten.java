package nl.samenboek.messages.aanbeveling;

import nl.samenboek.messages.Gebeurtenis;

import java.time.LocalDate;
import java.util.List;

public record VervalBesloten(String letter, LocalDate datum, String reden, List<String> gemeenten) implements Gebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
