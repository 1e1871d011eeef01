package nl.samenboek.messages.samenwerking;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * @param gemeenten just the joining gemeente: the event opens its grootboek
 * @param inwoners  where known (a configuration or a toetreding may give it); absent from events recorded without it
 */
public record GemeenteToegetreden(String samenwerking, String code, String naam, LocalDate datum, List<String> gemeenten,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer inwoners)
        implements SamenwerkingGebeurtenis {

    public GemeenteToegetreden(String samenwerking, String code, String naam, LocalDate datum, List<String> gemeenten) {
        this(samenwerking, code, naam, datum, gemeenten, null);
    }
}
