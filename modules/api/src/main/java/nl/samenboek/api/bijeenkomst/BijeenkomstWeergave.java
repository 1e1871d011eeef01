package nl.samenboek.api.bijeenkomst;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.aanbeveling.BijeenkomstDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting as the API shows it; the schema keeps the name clients generated from openapi.json know.
 *
 * @param status     gepland (its date is still to come), gehouden or geannuleerd, on the peildatum
 * @param voltallig  whether every gemeente of the samenwerking took part: only then it counts for aanbeveling A or E
 * @param pcMoment   for a meeting of the raden, the P&C document it belongs to
 * @param annulering the bestuur's reason and when it was recorded, once cancelled
 */
@Schema(name = "BijeenkomstDocument")
public record BijeenkomstWeergave(String id, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten, String onderwerp,
                                  Instant vastgelegdOp, Bijeenkomststatus status, boolean voltallig,
                                  @Schema(nullable = true) PcMoment pcMoment, @Schema(nullable = true) Annulering annulering) {

    @Schema(name = "Bijeenkomstannulering")
    public record Annulering(String reden, Instant vastgelegdOp) {
    }

    static BijeenkomstWeergave van(Aanbevelingen.Bijeenkomststand stand) {
        BijeenkomstDocument b = stand.bijeenkomst();
        return new BijeenkomstWeergave(b.id(), b.soort(), b.datum(), b.gemeenten(), b.onderwerp(), b.vastgelegdOp(), stand.status(),
                stand.voltallig(), b.pcMoment(), stand.annulering() == null ? null
                : new Annulering(stand.annulering().reden(), stand.annulering().vastgelegdOp()));
    }
}
