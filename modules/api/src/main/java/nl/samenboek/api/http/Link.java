package nl.samenboek.api.http;

/** A HAL-style link, as the paged lists use them (docs/api.md). */
public record Link(String href) {
}
