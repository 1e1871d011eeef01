package nl.samenboek.messages.opdracht;


import java.util.List;

public record OpdrachtAfgerond(OpdrachtId opdrachtId, List<String> gemeenten) implements OpdrachtGebeurtenis {
}
