package nl.samenboek.messages.bijeenkomst;


import java.time.LocalDate;
import java.util.List;

public record BijeenkomstGehouden(String bijeenkomstId, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                                  String onderwerp) implements BijeenkomstGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
