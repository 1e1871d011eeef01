package nl.samenboek.messages.opdracht;

import java.util.List;

/** @param criteria the evaluation criteria, in the bestuur's order */
public record SleutelprojectAangewezen(OpdrachtId opdrachtId, List<String> criteria, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
