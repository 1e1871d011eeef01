package nl.samenboek.api.pcdocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.samenboek.projections.pcdocument.PcDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The P&C document as a typeset PDF (openhtmltopdf on PDFBox) from the same page as the HTML, with the Liberation fonts
 * embedded so every Dutch character prints.
 */
final class PcDocumentPdf {

    private static final String LETTERS = "/liberation/";

    private PcDocumentPdf() {
    }

    static byte[] schrijf(PcDocument document, String samenwerking) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64_000);
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            bouwer.withHtmlContent(PcDocumentHtml.schrijf(document, samenwerking), null);
            lettertype(bouwer, "LiberationSans-Regular.ttf", "Liberation Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
            lettertype(bouwer, "LiberationSans-Bold.ttf", "Liberation Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
            lettertype(bouwer, "LiberationSans-Italic.ttf", "Liberation Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
            lettertype(bouwer, "LiberationMono-Regular.ttf", "Liberation Mono", 400, BaseRendererBuilder.FontStyle.NORMAL);
            bouwer.withProducer("samenboek");
            bouwer.toStream(pdf);
            bouwer.run();
        } catch (IOException e) {
            throw new UncheckedIOException("het PDF-document kon niet worden gezet", e);
        }
        return pdf.toByteArray();
    }

    private static void lettertype(PdfRendererBuilder bouwer, String bestand, String familie, int gewicht,
                                   BaseRendererBuilder.FontStyle stijl) {
        bouwer.useFont(() -> {
            InputStream in = PcDocumentPdf.class.getResourceAsStream(LETTERS + bestand);
            if (in == null) {
                throw new IllegalStateException("lettertype " + bestand + " ontbreekt op het classpath");
            }
            return in;
        }, familie, gewicht, stijl, true);
    }
}
