package nl.samenboek.api.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import nl.samenboek.api.monitor.MonitorWeergaven;
import nl.samenboek.ledger.grootboek.Verificatie;
import nl.samenboek.messages.Code;
import nl.samenboek.domain.aanbeveling.Agendastatus;
import nl.samenboek.domain.bijeenkomst.Bijeenkomststatus;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.bijeenkomst.PcMoment;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.gemeente.Gemeenten;
import nl.samenboek.projections.groeimodel.Groeimodel;
import nl.samenboek.projections.monitor.Evaluatie;
import nl.samenboek.projections.pcdocument.Grondslag;
import nl.samenboek.projections.pcdocument.PcDocument;
import nl.samenboek.projections.pcdocument.Samenwerkingsdocument;
import nl.samenboek.projections.signaal.Signaal;
import nl.samenboek.projections.verwerking.Herbouw;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the Java types of the answers do not tell springdoc, so openapi.json says exactly what the API answers:
 * <ul>
 * <li>which fields may be null: {@code @Schema(nullable = true)} on the records of this module, and {@link #NULLBAAR}
 *     for the records of the read side and the ledger that answers show as they are;</li>
 * <li>which fields are always there: every field of an answer, as Jackson writes null fields too, except in a record
 *     marked {@code @JsonInclude(NON_NULL)}, where the fields marked {@code requiredMode = NOT_REQUIRED} may be absent;</li>
 * <li>the codes of text fields that hold one ({@link #CODES});</li>
 * <li>a name of its own for nested records whose simple names another answer already uses ({@link #NAMEN}); two
 *     classes under one schema name are refused, as one of them would be described by the other's schema.</li>
 * </ul>
 * Request bodies keep their optional fields: only schemas reachable from an answer get {@code required}.
 */
@Component
public class Antwoordschemas implements ModelConverter, OpenApiCustomizer {

    /** Schema names for nested records whose simple name is taken by the type that has had it in openapi.json. */
    static final Map<Class<?>, String> NAMEN = Map.of(
            Aanbevelingen.Agendaregel.class, "Aanbevelingsstand",
            Herbouw.Uitkomst.class, "Herbouwuitkomst",
            Capaciteit.Gemeente.class, "Capaciteitsregelgemeente",
            Capaciteit.Signaal.class, "Capaciteitssignaal",
            Capaciteit.Overschrijding.class, "Teamoverschrijding",
            Capaciteit.Uren.class, "Capaciteitsuren",
            Signaal.class, "Vroegsignaal",
            Signaal.Betrokken.class, "Betrokkenopdracht",
            Aanbevelingen.Stap.class, "Agendastap",
            Aanbevelingen.Gemeentestand.class, "Agendagemeentestand");

    /** Fields of read-side and ledger records that are null in some answers, and why. */
    static final Map<Class<?>, Set<String>> NULLBAAR = Map.ofEntries(
            // no deadline in the nota, no progress yet, no recurring obligation, not realised per gemeente
            Map.entry(Aanbevelingen.Agendaregel.class, Set.of("deadline", "oorspronkelijkeDeadline", "laatsteVoortgang", "terugkerend",
                    "perGemeente")),
            Map.entry(Aanbevelingen.Stap.class, Set.of("deadline")), // a tijdpad without a date (B, L, P) or a recurring one (A, E)
            Map.entry(Aanbevelingen.Gemeentestand.class, Set.of("laatsteVoortgang")),
            Map.entry(PcDocument.Bijeenkomstregel.class, Set.of("pcMoment")),
            Map.entry(Capaciteit.class, Set.of("bekendOp", "verdeelsleutel")), // bekendOp only when asked for
            // a team without werkplan has no capacity figures
            Map.entry(Capaciteit.Team.class, Set.of("capaciteit", "ontwikkeltijd", "planbaar", "gepland", "geplandPerGemeente",
                    "vrijeRuimte", "boven", "ontwikkeltijdGerespecteerd", "formatie")),
            // a gemeente without a budget for the jaar; a team without a werkplan or a formatie
            Map.entry(PcDocument.class, Set.of("budget")),
            Map.entry(PcDocument.Formatieregel.class, Set.of("werkplanCapaciteit")),
            Map.entry(Samenwerkingsdocument.Teamstand.class, Set.of("werkplanCapaciteit", "formatie")),
            Map.entry(Groeimodel.class, Set.of("gemeente", "bekendOp")), // all gemeenten together; bekendOp only when asked for
            Map.entry(Verificatie.class, Set.of("eersteFout")), // an intact grootboek
            Map.entry(PcDocument.Opdrachtregel.class, Set.of("programma", "taakveldNaam")),
            // inwoners where the configuration or the toetreding gave them; uitgetredenOp once a gemeente leaves
            Map.entry(Gemeenten.Gemeente.class, Set.of("inwoners", "uitgetredenOp")),
            // the samenwerking as a whole; no nulmeting or meting yet; nothing to count; no norm in the normenkader
            Map.entry(Evaluatie.class, Set.of("gemeente", "nulmeting", "meting", "normenkader")),
            Map.entry(Evaluatie.Indicatorregel.class, Set.of("nulwaarde", "waarde", "norm")),
            Map.entry(Evaluatie.Afspraakrealisatie.class, Set.of("waarde", "peildatum", "behaald")),
            Map.entry(PcDocument.Groepregel.class, Set.of("omschrijving")),
            Map.entry(PcDocument.Afspraakregel.class, Set.of("realisatie", "realisatiedatum", "afwijking", "toelichting")),
            Map.entry(PcDocument.Agendaregel.class, Set.of("deadline", "laatsteVoortgang")),
            Map.entry(PcDocument.Afwijking.class, Set.of("toelichting")),
            // a signal names a gemeente, an opdracht, a team or a recommendation where it is about one; counts for a team
            Map.entry(Signaal.class, Set.of("gemeente", "opdracht", "team", "aanbeveling", "aantal", "uren")));

    /**
     * Map fields whose values may be null (a JSON object with {@code "lisse": null}): per gemeente of a meting, the
     * raad's vaststelling or null while it has not adopted it.
     */
    static final Map<Class<?>, Set<String>> NULLBARE_WAARDEN = Map.of(
            MonitorWeergaven.MetingWeergave.class, Set.of("vaststellingen"),
            Evaluatie.Metingverwijzing.class, Set.of("vaststellingen"));

    /** Text fields of read-side records that hold a code. */
    static final Map<Class<?>, Map<String, Class<? extends Code>>> CODES = Map.of(
            PcDocument.Opdrachtregel.class, Map.of("categorie", Categorie.class, "soort", Soort.class, "niveau", Niveau.class,
                    "status", OpdrachtStatus.class),
            PcDocument.Agendaregel.class, Map.of("categorie", Aanbevelingscategorie.class, "status", Agendastatus.class),
            PcDocument.Afspraakregel.class, Map.of("soort", Resultaatniveau.class),
            PcDocument.Bijeenkomstregel.class, Map.of("status", Bijeenkomststatus.class, "pcMoment", PcMoment.class),
            Groeimodel.Mijlpaalstand.class, Map.of("niveau", Niveau.class),
            PcDocument.Budgetstand.class, Map.of("grondslag", Grondslag.class),
            Samenwerkingsdocument.class, Map.of("grondslag", Grondslag.class));

    private final Map<String, Class<?>> klassen = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Class<?> klasse = TypeFactory.rawClass(type.getType());
        boolean eigen = klasse.getName().startsWith("nl.samenboek.");
        if (eigen && NAMEN.containsKey(klasse) && (type.getName() == null || type.getName().isBlank())) {
            type.name(NAMEN.get(klasse));
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        // a record met as a field's type comes back as a $ref; its schema is the model defined under that name
        Schema<?> model = schema == null || schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (!eigen || model == null || model.getProperties() == null) {
            return schema;
        }
        if (model.getName() != null) {
            Class<?> eerder = klassen.putIfAbsent(model.getName(), klasse);
            if (eerder != null && eerder != klasse) {
                throw new IllegalStateException("Twee klassen onder één schemanaam '" + model.getName() + "': " + eerder.getName()
                        + " en " + klasse.getName() + "; geef één een eigen naam in Antwoordschemas.NAMEN.");
            }
        }
        Set<String> nullbaar = nullbaar(klasse);
        model.getProperties().replaceAll((naam, eigenschap) -> nullbaar.contains(naam) ? nullbaar(eigenschap) : eigenschap);
        NULLBARE_WAARDEN.getOrDefault(klasse, Set.of()).forEach(naam -> {
            Schema<?> eigenschap = model.getProperties().get(naam);
            if (eigenschap.getAdditionalProperties() instanceof Schema<?> waarde) {
                Schema<?> doel = waarde.get$ref() == null ? waarde : context.getDefinedModels().get(naam(waarde.get$ref()));
                eigenschap.setAdditionalProperties(new ObjectSchema().properties(doel.getProperties()).description(doel.getDescription())
                        .nullable(true));
            }
        });
        CODES.getOrDefault(klasse, Map.of()).forEach((naam, codes) -> {
            @SuppressWarnings("unchecked")
            Schema<String> eigenschap = (Schema<String>) model.getProperties().get(naam);
            eigenschap.setEnum(Arrays.stream(codes.getEnumConstants()).map(Code::code).toList());
        });
        return schema;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        Map<String, Schema> componenten = openApi.getComponents().getSchemas();
        // every field of every answer that is always there is required
        Set<String> inAntwoorden = new HashSet<>();
        doorloop(inhoud(openApi, false), componenten, schema -> false, naam -> {
            inAntwoorden.add(naam);
            return true;
        });
        inAntwoorden.forEach(naam -> verplicht(componenten.get(naam), klassen.get(naam)));
        nullbareVerwijzingen(openApi, componenten);
    }

    /**
     * OpenAPI 3.0 adds null to a schema's own {@code type} only, so a field that holds a record or null cannot point
     * at the record's schema and be nullable too. Where a schema is only ever pointed at by nullable fields, the schema
     * itself is nullable; elsewhere such a field gets a nullable copy of it.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullbareVerwijzingen(OpenAPI openApi, Map<String, Schema> componenten) {
        Set<String> nietNullbaarGebruikt = new HashSet<>();
        List<Schema> begin = new ArrayList<>(componenten.values());
        begin.addAll(inhoud(openApi, true));
        doorloop(begin, componenten, Antwoordschemas::isNullbareVerwijzing, naam -> {
            nietNullbaarGebruikt.add(naam);
            return false;
        });
        for (Schema component : componenten.values()) {
            if (component.getProperties() == null) {
                continue;
            }
            component.getProperties().replaceAll((veld, eigenschap) -> {
                Schema s = (Schema) eigenschap;
                if (!isNullbareVerwijzing(s)) {
                    return s;
                }
                String verwijzing = ((Schema) s.getAllOf().get(0)).get$ref();
                Schema doel = componenten.get(naam(verwijzing));
                if (!nietNullbaarGebruikt.contains(naam(verwijzing))) {
                    doel.setNullable(true);
                    return new Schema<>().$ref(verwijzing);
                }
                return new ObjectSchema().properties(doel.getProperties()).required(doel.getRequired())
                        .description(doel.getDescription()).nullable(true);
            });
        }
    }

    /** The schemas of the answers, and with {@code ookVerzoeken} those of the request bodies too. */
    @SuppressWarnings("rawtypes")
    private static List<Schema> inhoud(OpenAPI openApi, boolean ookVerzoeken) {
        List<Schema> schemas = new ArrayList<>();
        openApi.getPaths().values().forEach(pad -> pad.readOperations().forEach(operatie -> {
            if (ookVerzoeken && operatie.getRequestBody() != null && operatie.getRequestBody().getContent() != null) {
                operatie.getRequestBody().getContent().values().forEach(inhoud -> schemas.add(inhoud.getSchema()));
            }
            operatie.getResponses().values().stream().filter(antwoord -> antwoord.getContent() != null)
                    .forEach(antwoord -> antwoord.getContent().values().forEach(inhoud -> schemas.add(inhoud.getSchema())));
        }));
        return schemas;
    }

    /**
     * Walks the schemas and what they contain, skipping those {@code overslaan} names; each {@code $ref} met goes to
     * {@code verwijzing}, which says whether to walk on into the component it names (each at most once).
     */
    @SuppressWarnings("rawtypes")
    private static void doorloop(List<Schema> begin, Map<String, Schema> componenten, Predicate<Schema> overslaan,
                                 Predicate<String> verwijzing) {
        Deque<Schema> te = new ArrayDeque<>();
        begin.stream().filter(java.util.Objects::nonNull).forEach(te::add);
        Set<String> bezocht = new HashSet<>();
        while (!te.isEmpty()) {
            Schema schema = te.pop();
            if (overslaan.test(schema)) {
                continue;
            }
            if (schema.get$ref() != null) {
                String naam = naam(schema.get$ref());
                if (verwijzing.test(naam) && bezocht.add(naam) && componenten.containsKey(naam)) {
                    te.push(componenten.get(naam));
                }
                continue;
            }
            List<Object> binnen = new ArrayList<>();
            if (schema.getProperties() != null) {
                binnen.addAll(schema.getProperties().values());
            }
            binnen.add(schema.getItems());
            binnen.add(schema.getAdditionalProperties());
            if (schema.getAllOf() != null) {
                binnen.addAll(schema.getAllOf());
            }
            binnen.stream().filter(Schema.class::isInstance).map(Schema.class::cast).forEach(te::push);
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isNullbareVerwijzing(Schema schema) {
        return Boolean.TRUE.equals(schema.getNullable()) && schema.getAllOf() != null && schema.getAllOf().size() == 1
                && ((Schema) schema.getAllOf().get(0)).get$ref() != null;
    }

    private static String naam(String verwijzing) {
        return verwijzing.substring(verwijzing.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("rawtypes")
    private static void verplicht(Schema schema, Class<?> klasse) {
        if (schema == null || klasse == null || schema.getProperties() == null) {
            return;
        }
        JsonInclude insluiting = klasse.getAnnotation(JsonInclude.class);
        boolean alleenGevuld = insluiting != null && insluiting.value() != JsonInclude.Include.ALWAYS
                && insluiting.value() != JsonInclude.Include.USE_DEFAULTS;
        Set<String> mogelijkAfwezig = alleenGevuld ? nietVerplicht(klasse) : Set.of();
        @SuppressWarnings("unchecked")
        List<String> verplicht = new ArrayList<>(((Map<String, Schema>) schema.getProperties()).keySet());
        verplicht.removeAll(mogelijkAfwezig);
        schema.setRequired(verplicht);
    }

    /** The fields of the record annotated {@code @Schema(nullable = true)}, or listed in {@link #NULLBAAR}. */
    private static Set<String> nullbaar(Class<?> klasse) {
        Set<String> namen = new HashSet<>(NULLBAAR.getOrDefault(klasse, Set.of()));
        for (RecordComponent component : componenten(klasse)) {
            io.swagger.v3.oas.annotations.media.Schema annotatie = component.getAccessor()
                    .getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (annotatie != null && annotatie.nullable()) {
                namen.add(component.getName());
            }
        }
        return namen;
    }

    private static Set<String> nietVerplicht(Class<?> klasse) {
        Set<String> namen = new HashSet<>();
        for (RecordComponent component : componenten(klasse)) {
            io.swagger.v3.oas.annotations.media.Schema annotatie = component.getAccessor()
                    .getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (annotatie != null && annotatie.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED) {
                namen.add(component.getName());
            }
        }
        return namen;
    }

    private static RecordComponent[] componenten(Class<?> klasse) {
        return klasse.isRecord() ? klasse.getRecordComponents() : new RecordComponent[0];
    }

    /** A nullable reference is marked as an allOf of one, made valid OpenAPI 3.0 in {@link #nullbareVerwijzingen}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullbaar(Schema eigenschap) {
        if (eigenschap.get$ref() == null) {
            return eigenschap.nullable(true);
        }
        // the name too: the properties of a @JsonUnwrapped record are taken over by their names
        return new ComposedSchema().allOf(List.of(new Schema<>().$ref(eigenschap.get$ref()))).nullable(true).name(eigenschap.getName());
    }
}
