package nl.samenboek.api.pcdocument;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.messages.fout.OngeldigeInvoer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The four forms of a published document (docs/pc-documenten.md) — JSON for software, CSV for Dutch Excel, HTML to
 * read, PDF to print and archive — chosen by the {@code Accept} header, and the answer in each.
 */
public final class Documentvorm {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<MediaType> LEVERBAAR = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"),
            MediaType.TEXT_HTML, MediaType.APPLICATION_PDF);

    /** The document's data and its three renderings; only the chosen one is made. */
    public interface Weergaven {
        String html();

        byte[] csv();
    }

    private Documentvorm() {
    }

    /** The best supported form the client accepts; JSON without a preference; 406 when none of the four is acceptable. */
    public static MediaType kies(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> gevraagd;
        try {
            gevraagd = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("Accept", "geen geldige mediatypes");
        }
        MediaType.sortBySpecificityAndQuality(gevraagd);
        for (MediaType type : gevraagd) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (MediaType leverbaar : LEVERBAAR) {
                if (type.includes(leverbaar)) {
                    return leverbaar;
                }
            }
        }
        throw new NietLeverbaar();
    }

    /**
     * The document in the chosen form: the page (with a Content-Security-Policy that lets only its own stylesheet apply),
     * the PDF typeset from that page, the CSV, or the JSON of {@code gegevens}.
     *
     * @param bestandsnaam the file name without extension, for CSV and PDF
     */
    public static ResponseEntity<byte[]> antwoord(MediaType vorm, String bestandsnaam, Object gegevens, Weergaven weergaven,
                                                  ObjectMapper json) {
        if (vorm.equalsTypeAndSubtype(MediaType.TEXT_HTML)) {
            String html = weergaven.html();
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .header("Content-Security-Policy", Pagina.inhoudsbeleid(html))
                    .body(html.getBytes(StandardCharsets.UTF_8));
        }
        if (vorm.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
            return bestand(MediaType.APPLICATION_PDF, bestandsnaam + ".pdf", Pdfzetter.zet(weergaven.html()));
        }
        if (vorm.getSubtype().equals("csv")) {
            return bestand(CSV, bestandsnaam + ".csv", weergaven.csv());
        }
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .body(json.writeValueAsBytes(gegevens));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> bestand(MediaType type, String bestandsnaam, byte[] inhoud) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + bestandsnaam + "\"").body(inhoud);
    }

    /** None of JSON, CSV, HTML and PDF is acceptable to the client: 406 (Probleemafhandeling). */
    public static class NietLeverbaar extends RuntimeException {
        NietLeverbaar() {
            super("Dit document is er als application/json, text/csv, text/html of application/pdf.");
        }
    }
}
