package nl.samenboek.api.http;

/** A HAL-style link, as the paged lists of API.md use them. */
public record Link(String href) {
}
