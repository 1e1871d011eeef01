package nl.samenboek.messages.monitor;

/** A gemeente's grootboek head at a moment: how many entries, and the hash of the last (64 zeros when empty). */
public record Grootboekstand(long aantal, String hoofdHash) {
}
