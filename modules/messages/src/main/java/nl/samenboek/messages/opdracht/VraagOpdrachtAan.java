package nl.samenboek.messages.opdracht;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A college asks HLTsamen for an opdracht. Fields are nullable so that the domain can name every missing one.
 *
 * @param aanvrager    the gemeente whose college asks; it must be one of {@code gemeenten}
 * @param herkomst     optional: the decision, motion or law it comes from
 * @param opleverdatum optional: when it is due
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
                               List<String> aanbevelingen,
                               Herkomst herkomst,
                               LocalDate opleverdatum) {

    /** An aanvraag without herkomst or opleverdatum, as before they existed. */
    public VraagOpdrachtAan(OpdrachtId opdrachtId, String aanvrager, String titel, String omschrijving, List<String> gemeenten,
                            Categorie categorie, Soort soort, String taakveld, String team, Integer begrotingsjaar,
                            BigDecimal geraamdeUren, String programma, List<String> aanbevelingen) {
        this(opdrachtId, aanvrager, titel, omschrijving, gemeenten, categorie, soort, taakveld, team, begrotingsjaar, geraamdeUren,
                programma, aanbevelingen, null, null);
    }
}
