package nl.samenboek.messages.aanbeveling;


import java.time.LocalDate;
import java.util.List;

/** @param vastgesteldOp the nota's date; the recommendation counts from then (valid time) */
public record AanbevelingVastgesteld(String letter,
                                     String titel,
                                     Aanbevelingscategorie categorie,
                                     String beoogdResultaat,
                                     String tijdpad,
                                     LocalDate deadline,
                                     List<Mijlpaal> mijlpalen,
                                     Terugkerend terugkerend,
                                     LocalDate vastgesteldOp,
                                     String bron,
                                     List<String> gemeenten) implements AanbevelingGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return vastgesteldOp;
    }
}
