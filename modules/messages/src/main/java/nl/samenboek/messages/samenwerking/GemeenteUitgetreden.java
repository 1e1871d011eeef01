package nl.samenboek.messages.samenwerking;

import java.time.LocalDate;
import java.util.List;

/**
 * A gemeente leaves the samenwerking (the gemeenschappelijke regeling allows it): from {@code datum} on, inclusive, no new
 * opdracht names it and the verdeelsleutel leaves it out; its grootboek stays, verifiable and exportable.
 *
 * @param gemeenten just the leaving gemeente: the event closes its grootboek's membership
 */
public record GemeenteUitgetreden(String samenwerking, String code, LocalDate datum, List<String> gemeenten)
        implements SamenwerkingGebeurtenis {

    @Override
    public LocalDate geldtVanaf() {
        return datum;
    }
}
