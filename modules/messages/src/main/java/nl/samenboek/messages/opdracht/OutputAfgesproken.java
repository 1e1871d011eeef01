package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An output contract: a SMART product or service (nota, aanbeveling V, 2027). @param door the agreeing gemeente */
public record OutputAfgesproken(OpdrachtId opdrachtId, String afspraakId, String door, String indicator, String eenheid,
                                BigDecimal streefwaarde, LocalDate meetmoment, String bron, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
