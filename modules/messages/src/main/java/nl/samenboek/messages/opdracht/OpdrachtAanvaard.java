package nl.samenboek.messages.opdracht;


import java.util.List;

public record OpdrachtAanvaard(OpdrachtId opdrachtId, List<String> gemeenten) implements OpdrachtGebeurtenis {
}
