package nl.samenboek.projections.gemeente;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A gemeente of the samenwerking, from its {@code GemeenteToegetreden} event and, once it leaves, its
 * {@code GemeenteUitgetreden} event.
 *
 * @param inwoners                null where not given
 * @param uitgetredenOp           the day it leaves (it takes part until the day before), null while it takes part
 * @param uittredingVastgelegdOp  when the uittreding was recorded
 */
@Document("gemeenten")
public record GemeenteDocument(@Id String code, String naam, LocalDate toegetredenOp, Instant vastgelegdOp, Integer inwoners,
                               LocalDate uitgetredenOp, Instant uittredingVastgelegdOp) {

    /** Whether it still takes part at the peilmoment: an uittreding counts from its date, as the ledger knew it then. */
    public boolean neemtDeel(nl.samenboek.messages.Peilmoment peilmoment) {
        return uitgetredenOp == null || uitgetredenOp.isAfter(peilmoment.datum())
                || peilmoment.bekendOp() != null && uittredingVastgelegdOp.isAfter(peilmoment.bekendOp());
    }
}
