package nl.samenboek.api.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of a list that can grow (docs/api.md): {@code {"_embedded": {"<resource>": [...]}, "_links": {...}, "totaal": n}}.
 */
public record Paginering<T>(@JsonProperty("_embedded") Map<String, List<T>> embedded,
                            @JsonProperty("_links") Map<String, Link> links,
                            long totaal) {

    /**
     * @param basis the list's URL with its filters, without pagina/paginagrootte
     */
    public static <T> Paginering<T> van(String naam, List<T> inhoud, long totaal, int pagina, int paginagrootte,
                                        UriComponentsBuilder basis) {
        long laatste = Math.max(1, (totaal + paginagrootte - 1) / paginagrootte);
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", link(basis, pagina, paginagrootte));
        links.put("first", link(basis, 1, paginagrootte));
        if (pagina > 1) {
            links.put("prev", link(basis, (int) Math.min(pagina - 1, laatste), paginagrootte));
        }
        if (pagina < laatste) {
            links.put("next", link(basis, pagina + 1, paginagrootte));
        }
        links.put("last", link(basis, (int) laatste, paginagrootte));
        return new Paginering<>(Map.of(naam, inhoud), links, totaal);
    }

    /**
     * Where a page starts in a list of {@code aantal}: past the end for a page beyond the last, never a negative index
     * from an overflowing {@code (pagina − 1) × paginagrootte} (pagina 2147483647 is a valid integer).
     */
    public static int begin(int pagina, int paginagrootte, int aantal) {
        return (int) Math.min(aantal, Math.max(0, (long) (pagina - 1) * paginagrootte));
    }

    private static Link link(UriComponentsBuilder basis, long pagina, int paginagrootte) {
        return new Link(basis.cloneBuilder().replaceQueryParam("pagina", pagina)
                .replaceQueryParam("paginagrootte", paginagrootte).build().encode().toUriString());
    }
}
