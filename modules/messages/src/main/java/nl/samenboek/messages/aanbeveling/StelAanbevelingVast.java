package nl.samenboek.messages.aanbeveling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records one of the nota's recommendations, with its uitvoeringsagenda entry, as adopted on {@code vastgesteldOp}
 * (the nota's date). Loaded once, at first start, from the seed data.
 */
public record StelAanbevelingVast(String letter,
                                  String titel,
                                  Aanbevelingscategorie categorie,
                                  String beoogdResultaat,
                                  String tijdpad,
                                  LocalDate deadline,
                                  List<Mijlpaal> mijlpalen,
                                  Terugkerend terugkerend,
                                  LocalDate vastgesteldOp,
                                  String bron,
                                  List<String> gemeenten) {

    @TargetAggregateIdentifier
    public AanbevelingId aanbevelingId() {
        return AanbevelingId.van(letter);
    }
}
