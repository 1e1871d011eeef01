package nl.samenboek.messages.bijeenkomst;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting recorded before its date: planned until then, held from its date on unless it is cancelled first
 * (docs/uitvoeringsagenda.md). The planning counts from the day it was recorded.
 *
 * @param pcMoment for a meeting of the raden, the P&C document it belongs to; null when none
 */
public record BijeenkomstGepland(String bijeenkomstId, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                                 String onderwerp, PcMoment pcMoment) implements BijeenkomstGebeurtenis {
}
