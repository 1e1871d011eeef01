package nl.samenboek.messages.formatie;

import java.math.BigDecimal;

/** A formatie as it stands: the answer to setting one. */
public record Formatie(String team, int jaar, BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren, BigDecimal urenPerFte,
                       BigDecimal beschikbareUren, long versie) {
}
