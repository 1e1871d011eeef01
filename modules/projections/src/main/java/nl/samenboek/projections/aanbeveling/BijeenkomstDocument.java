package nl.samenboek.projections.aanbeveling;

import nl.samenboek.messages.bijeenkomst.Bijeenkomstsoort;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint meeting that was held, from its {@code BijeenkomstGehouden} event. */
@Document("bijeenkomsten")
public record BijeenkomstDocument(@Id String id, Bijeenkomstsoort soort, LocalDate datum, List<String> gemeenten,
                                  String onderwerp, Instant vastgelegdOp) {
}
