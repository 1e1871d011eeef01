package nl.samenboek.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.samenboek.messages.fout.Conflict;
import nl.samenboek.messages.fout.Verboden;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every refusal of the domain names the rule that refused ({@code capaciteit.boven-planbaar}), so a test, a client
 * and an auditor can tell one refusal from another: the constructors without a rule are not used here.
 */
class WeigeringenNoemenHunRegelTest {

    private static final JavaClasses DOMEIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenboek.domain");

    @Test
    void eenConflictNoemtZijnRegel() {
        noClasses().should().callConstructor(Conflict.class, String.class).check(DOMEIN);
    }

    @Test
    void eenVerbodNoemtZijnRegel() {
        noClasses().should().callConstructor(Verboden.class, String.class).check(DOMEIN);
    }
}
