package nl.samenboek.messages.aanbeveling;

/** The answer to a write on a recommendation: its letter and versie (the number of its events) right after it. */
public record AanbevelingStand(String letter, long versie) {
}
