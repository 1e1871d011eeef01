package nl.samenboek.messages.opdracht;

import java.util.List;

public record PrioriteitGegeven(OpdrachtId opdrachtId, Prioriteit prioriteit, String reden, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
