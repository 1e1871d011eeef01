package nl.samenboek.messages.fout;

/** One invalid field of a request: its API name and a Dutch reason (API.md, {@code invalidParams}). */
public record OngeldigeParameter(String name, String reason) {
}
