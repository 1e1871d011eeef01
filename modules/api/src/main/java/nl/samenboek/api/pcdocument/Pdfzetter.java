package nl.samenboek.api.pcdocument;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.awt.FontFormatException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one way a document of samenboek becomes a PDF (docs/pc-documenten.md): openhtmltopdf on PDFBox typesets an XHTML
 * page into a tagged PDF that conforms to PDF/UA-1 and PDF/A-2a — the Liberation fonts embedded so every Dutch character
 * prints, an sRGB output intent, the structure (headings, tables with their header cells, figures with their alternate
 * text) taken from the page, and inline SVG drawn as vectors. A page written with {@link Pagina} satisfies what this
 * needs of it: {@code lang}, a title and a subject, the fonts by family, an {@code alt} on every image.
 */
public final class Pdfzetter {

    private static final String LETTERS = "/liberation/";

    /**
     * The output intent: the JDK's own sRGB profile (ICC v2, display class), which the colours of the stylesheet are
     * written in; PDF/A asks for one, so that the colours mean the same on every device.
     */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdfzetter() {
    }

    /** @param xhtml a well-formed XHTML page, as {@link Pagina} writes it */
    public static byte[] zet(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96_000);
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.withHtmlContent(xhtml, null);
            bouwer.usePdfUaAccessibility(true);
            bouwer.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            bouwer.useColorProfile(SRGB);
            bouwer.useSVGDrawer(new Diagramtekenaar());
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

    /**
     * Batik, which draws the inline SVG, knows only the fonts of a page's @font-face rules; it gets the Liberation fonts
     * too, so the charts' text is set in the same embedded font as the page instead of in whatever font the machine has.
     */
    private static final class Diagramtekenaar extends BatikSVGDrawer {

        @Override
        public void importFontFaceRules(List<FontFaceRule> regels, SharedContext context) {
            super.importFontFaceRules(regels, context);
            try {
                addFontStream(() -> letters("LiberationSans-Regular.ttf"), "Liberation Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
                addFontStream(() -> letters("LiberationSans-Bold.ttf"), "Liberation Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("de lettertypen van de diagrammen konden niet worden geladen", e);
            }
        }
    }

    private static InputStream letters(String bestand) {
        InputStream in = Pdfzetter.class.getResourceAsStream(LETTERS + bestand);
        if (in == null) {
            throw new IllegalStateException("lettertype " + bestand + " ontbreekt op het classpath");
        }
        return in;
    }

    private static void lettertype(PdfRendererBuilder bouwer, String bestand, String familie, int gewicht,
                                   BaseRendererBuilder.FontStyle stijl) {
        bouwer.useFont(() -> letters(bestand), familie, gewicht, stijl, true);
    }
}
