package nl.samenboek.messages.opdracht;

import java.util.List;

/** @param gemeente the gemeente whose college refused to co-sign */
public record OpdrachtGeweigerd(OpdrachtId opdrachtId, String gemeente, String reden, List<String> gemeenten)
        implements OpdrachtGebeurtenis {
}
