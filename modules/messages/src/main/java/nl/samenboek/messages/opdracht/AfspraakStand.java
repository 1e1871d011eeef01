package nl.samenboek.messages.opdracht;

/** The answer to agreeing an afspraak: its id, and the opdracht's status, versie and niveau right after. */
public record AfspraakStand(String id, Resultaatniveau soort, OpdrachtStand opdracht) {
}
