package nl.samenboek.messages.opdracht;


import java.util.List;

/** @param gemeente the gemeente whose college co-signed */
public record OpdrachtMedeondertekend(OpdrachtId opdrachtId, String gemeente, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
