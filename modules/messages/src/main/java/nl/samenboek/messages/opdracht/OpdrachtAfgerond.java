package nl.samenboek.messages.opdracht;

import nl.samenboek.messages.Gebeurtenis;

import java.util.List;

public record OpdrachtAfgerond(OpdrachtId opdrachtId, List<String> gemeenten) implements Gebeurtenis {
}
