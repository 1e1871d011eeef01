package nl.samenboek.messages.fout;

/** One invalid field of a request: its API name and a Dutch reason ({@code invalidParams} in problem+json, docs/api.md). */
public record OngeldigeParameter(String name, String reason) {
}
