package nl.samenboek.app.pcdocument;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of P&C document, fetched as a PDF over HTTP, conforms to PDF/UA-1 and PDF/A-2a as veraPDF judges it
 * (docs/pc-documenten.md): not one failed check. A failure names every broken rule with its description.
 */
class PdfConformiteitIT extends Publicatiejaar {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"begroting", "voorjaarsnota", "najaarsnota", "jaarrekening", EVALUATIE, SAMENWERKING + "kaderbrief",
            SAMENWERKING + "begroting", SAMENWERKING + "jaarrekening"})
    void dePdfVoldoetAanPdfUa1EnPdfA2a(String soort) throws IOException {
        byte[] pdf = pdf(soort);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "pc-document-" + GEMEENTE + "-" + JAAR + "-" + soort + ".pdf"), pdf);

        List<Pdfkeuring.Uitslag> uitslagen = Pdfkeuring.keur(pdf);

        assertThat(uitslagen).extracting(Pdfkeuring.Uitslag::naam).containsExactlyInAnyOrder("PDF/UA-1", "PDF/A-2a");
        for (Pdfkeuring.Uitslag uitslag : uitslagen) {
            System.out.printf("veraPDF %s %s: %d controles, %d afgekeurd%n", soort, uitslag.naam(), uitslag.controles(),
                    uitslag.afgekeurd().values().stream().mapToInt(Integer::intValue).sum());
            assertThat(uitslag.controles()).as("%s: veraPDF heeft gecontroleerd", uitslag.naam()).isGreaterThan(1000);
            assertThat(uitslag.regels()).as("de %s van %s %d tegen %s", soort, GEMEENTE, JAAR, uitslag.naam()).isEmpty();
        }
    }

    /** The check itself can fail: an untagged PDF without metadata, fonts or output intent fails both profiles. */
    @Test
    void deKeuringKeurtEenGewonePdfAf() throws IOException {
        ByteArrayOutputStream gewoon = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(gewoon);
        }
        List<Pdfkeuring.Uitslag> uitslagen = Pdfkeuring.keur(gewoon.toByteArray());
        assertThat(uitslagen).allSatisfy(uitslag -> assertThat(uitslag.regels()).as(uitslag.naam()).isNotEmpty());
    }
}
