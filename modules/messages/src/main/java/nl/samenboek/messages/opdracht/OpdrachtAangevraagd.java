package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.util.List;

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
                                  List<String> aanbevelingen) implements OpdrachtGebeurtenis {
}
