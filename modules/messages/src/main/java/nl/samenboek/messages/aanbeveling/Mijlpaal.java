package nl.samenboek.messages.aanbeveling;

import java.time.LocalDate;

/** A later dated step of a tijdpad (the first dated step is the deadline). */
public record Mijlpaal(LocalDate datum, String omschrijving) {
}
