package nl.samenboek.messages.opdracht;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opdracht requested. {@code herkomst} and {@code opleverdatum} are left out of the stored JSON when absent, so an
 * aanvraag without them has the same bytes as before they existed (the grootboek hashes these bytes).
 */
public record OpdrachtAangevraagd(OpdrachtId opdrachtId,
                                  String aanvrager,
                                  List<String> gemeenten,
                                  String titel,
                                  String omschrijving,
                                  Categorie categorie,
                                  Soort soort,
                                  String taakveld,
                                  String team,
                                  int begrotingsjaar,
                                  BigDecimal geraamdeUren,
                                  String programma,
                                  List<String> aanbevelingen,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Herkomst herkomst,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate opleverdatum) implements OpdrachtGebeurtenis {

    @JsonCreator
    public OpdrachtAangevraagd {
    }

    /** An aanvraag without herkomst or opleverdatum, as before they existed. */
    public OpdrachtAangevraagd(OpdrachtId opdrachtId, String aanvrager, List<String> gemeenten, String titel, String omschrijving,
                               Categorie categorie, Soort soort, String taakveld, String team, int begrotingsjaar,
                               BigDecimal geraamdeUren, String programma, List<String> aanbevelingen) {
        this(opdrachtId, aanvrager, gemeenten, titel, omschrijving, categorie, soort, taakveld, team, begrotingsjaar, geraamdeUren,
                programma, aanbevelingen, null, null);
    }
}
