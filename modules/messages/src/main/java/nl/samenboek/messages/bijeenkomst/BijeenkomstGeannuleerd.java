package nl.samenboek.messages.bijeenkomst;

import java.util.List;

/** A planned joint meeting cancelled by the bestuur; it never counts. The cancellation counts from the day it was recorded. */
public record BijeenkomstGeannuleerd(String bijeenkomstId, String reden, List<String> gemeenten) implements BijeenkomstGebeurtenis {
}
