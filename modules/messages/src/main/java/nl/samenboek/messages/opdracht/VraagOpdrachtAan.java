package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * A college asks HLTsamen for an opdracht. Fields are nullable so that the domain can name every missing one.
 *
 * @param aanvrager the gemeente whose college asks; it must be one of {@code gemeenten}
 */
public record VraagOpdrachtAan(@TargetAggregateIdentifier OpdrachtId opdrachtId,
                               String aanvrager,
                               String titel,
                               String omschrijving,
                               List<String> gemeenten,
                               Categorie categorie,
                               Soort soort,
                               String taakveld,
                               String team,
                               Integer begrotingsjaar,
                               BigDecimal geraamdeUren,
                               String programma,
                               List<String> aanbevelingen) {
}
