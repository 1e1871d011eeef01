package nl.samenboek.messages.opdracht;


import java.util.List;

/** The directie declines; a refusal someone is accountable for, so it is an event with its reason. */
public record OpdrachtAfgewezen(OpdrachtId opdrachtId, String reden, List<String> gemeenten) implements OpdrachtGebeurtenis {
}
