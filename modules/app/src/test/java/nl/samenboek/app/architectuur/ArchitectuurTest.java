package nl.samenboek.app.architectuur;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Gebeurtenistypen;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure docs/architecture.md and STYLE.md ask for, checked: the domain free of Spring, Mongo and the web; projections and
 * the API depend on the messages, never on the aggregates; the direction domain ← ledger/projections ← api ← app,
 * with the command line beside the app; no read-model document in an answer of the API.
 */
class ArchitectuurTest {

    private static final JavaClasses SAMENBOEK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenboek");

    private static final DescribedPredicate<JavaClass> AGGREGATEN = DescribedPredicate.describe("aggregates",
            klasse -> klasse.getAllFields().stream().anyMatch(veld -> veld.isAnnotatedWith(AggregateIdentifier.class)));

    @Test
    void hetDomeinKentGeenSpringMongoOfWeb() {
        noClasses().that().resideInAnyPackage("nl.samenboek.domain..", "nl.samenboek.messages..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "jakarta.servlet..", "java.sql..", "javax.sql..")
                .check(SAMENBOEK);
    }

    @Test
    void deBerichtenKennenHetDomeinNiet() {
        noClasses().that().resideInAPackage("nl.samenboek.messages..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.samenboek.domain..", "nl.samenboek.ledger..",
                        "nl.samenboek.projections..", "nl.samenboek.api..", "nl.samenboek.app..")
                .check(SAMENBOEK);
    }

    @Test
    void projectiesEnApiKennenDeAggregatenNiet() {
        noClasses().that().resideInAnyPackage("nl.samenboek.projections..", "nl.samenboek.api..", "nl.samenboek.ledger..")
                .should().dependOnClassesThat(AGGREGATEN)
                .check(SAMENBOEK);
    }

    @Test
    void deLagenWijzenEenKantOp() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("nl.samenboek..")
                .layer("messages").definedBy("nl.samenboek.messages..")
                .layer("domain").definedBy("nl.samenboek.domain..")
                .layer("ledger").definedBy("nl.samenboek.ledger..")
                .layer("projections").definedBy("nl.samenboek.projections..")
                .layer("api").definedBy("nl.samenboek.api..")
                .layer("app").definedBy("nl.samenboek.app..")
                .layer("cli").definedBy("nl.samenboek.cli..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("app")
                .whereLayer("projections").mayOnlyBeAccessedByLayers("api", "app", "cli")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("api", "app", "cli")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("ledger", "projections", "api", "app", "cli")
                .check(SAMENBOEK);
    }

    @Test
    void pakkettenHetenNaarBedrijfsobjectenNietNaarLagen() {
        noClasses().should().resideInAnyPackage("..services..", "..service..", "..utils..", "..util..", "..helpers..", "..helper..")
                .check(SAMENBOEK);
    }

    @Test
    void elkeGebeurtenisStaatInHetRegisterVoorImportEnHerbeleving() {
        java.util.Set<String> gebeurtenissen = SAMENBOEK.stream()
                .filter(k -> k.isAssignableTo(Gebeurtenis.class) && !k.isInterface())
                .map(JavaClass::getName).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> geregistreerd = Gebeurtenistypen.alle().stream().map(Class::getName)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(geregistreerd).as("een export noemt elke gebeurtenis bij naam; Gebeurtenistypen moet ze allemaal kennen")
                .isEqualTo(gebeurtenissen).hasSizeGreaterThan(20);
    }

    /**
     * The read models' documents (MongoDB classes such as {@code OpdrachtDocument} and their nested records) change with
     * the read side; the API answers with its own view records, so openapi.json changes only when the API does.
     */
    @Test
    void antwoordenTonenGeenLeesmodeldocumenten() {
        java.util.List<String> lekken = new java.util.ArrayList<>();
        SAMENBOEK.stream().filter(k -> k.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class))
                .map(JavaClass::reflect).forEach(controller -> java.util.Arrays.stream(controller.getDeclaredMethods())
                        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                        .forEach(m -> leesmodellen(m.getGenericReturnType(), new java.util.HashSet<>())
                                .forEach(d -> lekken.add(controller.getSimpleName() + "." + m.getName() + " → " + d))));
        assertThat(lekken).as("antwoorden met een leesmodeldocument in plaats van een weergave van de API").isEmpty();
    }

    private static java.util.Set<String> leesmodellen(java.lang.reflect.Type type, java.util.Set<java.lang.reflect.Type> gezien) {
        java.util.Set<String> gevonden = new java.util.TreeSet<>();
        if (!gezien.add(type)) {
            return gevonden;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            gevonden.addAll(leesmodellen(p.getRawType(), gezien));
            java.util.Arrays.stream(p.getActualTypeArguments()).forEach(a -> gevonden.addAll(leesmodellen(a, gezien)));
        } else if (type instanceof java.lang.reflect.WildcardType w) {
            java.util.Arrays.stream(w.getUpperBounds()).forEach(b -> gevonden.addAll(leesmodellen(b, gezien)));
        } else if (type instanceof Class<?> klasse && klasse.getName().startsWith("nl.samenboek.")) {
            for (Class<?> k = klasse; k != null; k = k.getEnclosingClass()) {
                if (k.getName().startsWith("nl.samenboek.projections.") && k.getSimpleName().endsWith("Document")) {
                    gevonden.add(klasse.getName());
                }
            }
            if (klasse.isRecord()) {
                java.util.Arrays.stream(klasse.getRecordComponents()).forEach(c -> gevonden.addAll(leesmodellen(c.getGenericType(), gezien)));
            }
        }
        return gevonden;
    }
}
