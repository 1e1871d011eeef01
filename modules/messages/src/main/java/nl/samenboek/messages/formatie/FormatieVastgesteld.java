package nl.samenboek.messages.formatie;

import java.math.BigDecimal;
import java.util.List;

/** @param beschikbareUren (fte − vacaturesFte) × urenPerFte + inhuurUren, to the hundredth of an hour */
public record FormatieVastgesteld(String team, int jaar, BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren,
                                  BigDecimal urenPerFte, BigDecimal beschikbareUren, List<String> gemeenten)
        implements FormatieGebeurtenis {
}
