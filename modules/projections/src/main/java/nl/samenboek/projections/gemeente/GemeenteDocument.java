package nl.samenboek.projections.gemeente;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** A gemeente of the samenwerking, from its {@code GemeenteToegetreden} event. */
@Document("gemeenten")
public record GemeenteDocument(@Id String code, String naam, LocalDate toegetredenOp, Instant vastgelegdOp) {
}
