package nl.samenboek.messages.opdracht;

import java.util.List;

/** @param door the gemeente whose college withdrew it */
public record AfspraakIngetrokken(OpdrachtId opdrachtId, String afspraak, Resultaatniveau niveau, String door, String reden,
                                  List<String> gemeenten) implements OpdrachtGebeurtenis {
}
