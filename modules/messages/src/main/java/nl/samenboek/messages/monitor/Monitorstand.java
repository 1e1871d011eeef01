package nl.samenboek.messages.monitor;

/** The answer to a write on the monitor: the meting it concerns (null for a normenkader) and the monitor's versie. */
public record Monitorstand(String metingId, long versie) {
}
