package nl.samenboek.projections.aanbeveling;

import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting, from its {@code BijeenkomstGehouden} or {@code BijeenkomstGepland} event, with its cancellation if
 * any. It exists from its date, or from the day it was recorded when that came first (a planned meeting).
 *
 * @param pcMoment   the P&C document a meeting of the raden belongs to; null when none
 * @param annulering the cancellation; null when none
 */
@Document("bijeenkomsten")
public record BijeenkomstDocument(@Id String id, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                                  String onderwerp, Instant vastgelegdOp, PcMoment pcMoment, Annulering annulering) {

    public record Annulering(String reden, Instant vastgelegdOp) {
    }

    /** The same meeting, cancelled. */
    public BijeenkomstDocument geannuleerd(String reden, Instant tijdstip) {
        return new BijeenkomstDocument(id, soort, datum, gemeenten, onderwerp, vastgelegdOp, pcMoment, new Annulering(reden, tijdstip));
    }

    /** Whether the meeting was known on the peilmoment: held by then, or planned by then. */
    public boolean bestaatOp(Peilmoment peilmoment) {
        LocalDate vastgelegd = Peilmoment.geldtVanaf(vastgelegdOp, null);
        return peilmoment.telt(vastgelegdOp, vastgelegd.isBefore(datum) ? vastgelegd : datum);
    }

    /** The cancellation, if it counts on the peilmoment (from the day it was recorded). */
    public Annulering annuleringOp(Peilmoment peilmoment) {
        return annulering != null && peilmoment.telt(annulering.vastgelegdOp(), null) ? annulering : null;
    }

    public Bijeenkomststatus status(Peilmoment peilmoment) {
        return Bijeenkomststatus.bepaal(datum, annuleringOp(peilmoment) != null, peilmoment.datum());
    }
}
