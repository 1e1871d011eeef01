package nl.samenboek.api.bijeenkomst;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import nl.samenboek.projections.aanbeveling.BijeenkomstDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint meeting as the API shows it; the schema keeps the name clients generated from openapi.json know. */
@Schema(name = "BijeenkomstDocument")
public record BijeenkomstWeergave(String id, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten, String onderwerp,
                                  Instant vastgelegdOp) {

    static BijeenkomstWeergave van(BijeenkomstDocument b) {
        return new BijeenkomstWeergave(b.id(), b.soort(), b.datum(), b.gemeenten(), b.onderwerp(), b.vastgelegdOp());
    }
}
