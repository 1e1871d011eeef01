package nl.samenboek.messages.aanbeveling;


import java.time.LocalDate;
import java.util.List;

/** @param door the rol that reported it (directie or bestuur) */
public record VoortgangGemeld(String letter, Voortgangssoort soort, LocalDate datum, String toelichting, String door,
                              List<String> gemeenten) implements AanbevelingGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
