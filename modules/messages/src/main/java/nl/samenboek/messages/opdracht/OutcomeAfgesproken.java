package nl.samenboek.messages.opdracht;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An outcome contract: an intended societal effect (nota, aanbeveling V, 2030). @param door the agreeing gemeente */
public record OutcomeAfgesproken(OpdrachtId opdrachtId, String afspraakId, String door, String indicator, String eenheid,
                                 BigDecimal streefwaarde, LocalDate meetmoment, String bron, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
