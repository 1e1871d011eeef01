package nl.samenboek.messages.samenwerking;


import java.time.LocalDate;
import java.util.List;

/** @param gemeenten just the joining gemeente: the event opens its grootboek */
public record GemeenteToegetreden(String samenwerking, String code, String naam, LocalDate datum, List<String> gemeenten)
        implements SamenwerkingGebeurtenis {
}
