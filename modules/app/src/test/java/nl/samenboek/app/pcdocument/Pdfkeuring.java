package nl.samenboek.app.pcdocument;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * veraPDF on the Greenfield parser, checking a PDF against PDF/UA-1 and PDF/A-2a in one pass: one validator, made
 * once, for every PDF of the test run.
 */
final class Pdfkeuring {

    /** The outcome for one profile: how many checks ran, and every failed rule with how often it failed. */
    record Uitslag(PDFAFlavour profiel, int controles, Map<String, Integer> afgekeurd) {

        /** "PDF/UA-1 7.1-3 (2×): Content shall be marked as Artifact or tagged as real content", one line per rule. */
        List<String> regels() {
            List<String> regels = new ArrayList<>();
            afgekeurd.forEach((regel, aantal) -> regels.add(naam() + " " + regel.replaceFirst(" ", " (" + aantal + "×): ")));
            return regels;
        }

        String naam() {
            return profiel == PDFAFlavour.PDFUA_1 ? "PDF/UA-1" : profiel == PDFAFlavour.PDFA_2_A ? "PDF/A-2a" : profiel.getId();
        }
    }

    private static final List<PDFAFlavour> PROFIELEN = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
    private static PDFAValidator validator;

    private Pdfkeuring() {
    }

    static synchronized List<Uitslag> keur(byte[] pdf) {
        if (validator == null) {
            VeraGreenfieldFoundryProvider.initialise();
            validator = Foundries.defaultInstance().createValidator(PROFIELEN);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_A)) {
            List<Uitslag> uitslagen = new ArrayList<>();
            for (ValidationResult resultaat : validator.validateAll(parser)) {
                Map<String, Integer> afgekeurd = new TreeMap<>();
                for (TestAssertion bewering : resultaat.getTestAssertions()) {
                    if (bewering.getStatus() == TestAssertion.Status.FAILED) {
                        afgekeurd.merge(regel(resultaat, bewering.getRuleId()), 1, Integer::sum);
                    }
                }
                uitslagen.add(new Uitslag(resultaat.getPDFAFlavour(), resultaat.getTotalAssertions(), afgekeurd));
            }
            return uitslagen;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF kon de PDF niet keuren", e);
        }
    }

    /** The rule's clause and test number, then its description from the profile. */
    private static String regel(ValidationResult resultaat, RuleId id) {
        var regel = resultaat.getValidationProfile().getRuleByRuleId(id);
        return id.getClause() + "-" + id.getTestNumber() + " " + (regel == null ? "" : regel.getDescription());
    }
}
