package nl.samenboek.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import nl.samenboek.api.http.ApiVersie;
import nl.samenboek.api.schrijven.Schrijfpad;
import nl.samenboek.api.schrijven.Idempotentie;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The openapi.json colleges and auditors build against, served at {@code /api/v1/openapi.json} and linted with the
 * Dutch API Design Rules in the tests. The server URL carries the major version ({@code /api/v1}) and the paths do
 * not; every answer documents {@code API-Version}; every error is problem+json.
 */
@Configuration
public class OpenApiConfig {

    static final String PREFIX = "/api/v1";
    private static final String URENSTATEN = "/urenstaten";
    private static final String ONTWIKKELTOKENS = "/ontwikkeltokens";
    /** Without a configured address: this instance on its own port. */
    static final String PUBLIEKE_URL = "http://localhost:${samenboek.port:8080}" + PREFIX;
    private static final String PROBLEEM = "Probleem";
    private static final String BEARER = "bearer";

    /**
     * @param publiekeUrl  where clients reach this instance, with the major version ({@code SAMENBOEK_PUBLIEKE_URL}, by
     *                     default the samenwerking configuration's); only the description names it, requests are matched
     *                     on the path below it
     * @param beschrijving the samenwerking and its gemeenten, from its configuration (docs/samenwerking.md)
     */
    @Bean
    OpenAPI samenboekOpenApi(@Value("${samenboek.publieke-url:" + PUBLIEKE_URL + "}") String publiekeUrl,
                             @Value("${samenboek.samenwerking.naam}") String samenwerking,
                             @Value("${samenboek.samenwerking.beschrijving:${samenboek.samenwerking.naam}}") String beschrijving,
                             @Value("${samenboek.samenwerking.contact.email:}") String email,
                             @Value("${samenboek.samenwerking.contact.url:}") String url) {
        return new OpenAPI()
                .info(new Info().title("samenboek").version(ApiVersie.VERSIE)
                        .description("Opdrachtgeverschap en verantwoording van gemeenten met één ambtelijke organisatie "
                                + "(" + beschrijving + "). Elke wijziging is een onveranderlijke gebeurtenis "
                                + "in het grootboek van elke betrokken gemeente.")
                        .contact(new Contact().name(samenwerking + ", team samenboek").email(email.isBlank() ? null : email)
                                .url(url.isBlank() ? null : url))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .servers(List.of(new Server().url(publiekeUrl).description("Deze instantie")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("JWT met de claims rol en, voor college en raad, gemeente.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer adrConventies() {
        return openApi -> {
            Paths zonderPrefix = new Paths();
            new TreeMap<>(openApi.getPaths()).forEach((pad, item) -> {
                String kort = pad.startsWith(PREFIX) ? pad.substring(PREFIX.length()) : pad;
                zonderPrefix.addPathItem(kort.isEmpty() ? "/" : kort, item);
                item.readOperationsMap().forEach((methode, operatie) -> vulAntwoordenAan(kort, methode, operatie));
            });
            openApi.setPaths(zonderPrefix);
            if (openApi.getTags() != null) {
                // in a stable order, so docs/openapi.json changes only when the description does
                openApi.setTags(openApi.getTags().stream().sorted(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName)).toList());
            }
            openApi.getComponents().addSchemas(PROBLEEM, probleemschema());
        };
    }

    private static void vulAntwoordenAan(String pad, PathItem.HttpMethod methode, Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeaderObject(ApiVersie.KOP, new Header().description("De volledige versie van de API")
                        .schema(new StringSchema()._default(ApiVersie.VERSIE)));
                if (pad.contains("/opdrachten") && (methode != PathItem.HttpMethod.GET || pad.endsWith("{id}"))) {
                    antwoord.addHeaderObject("ETag", new Header().description("De versie van de opdracht, bijvoorbeeld \"3\"")
                            .schema(new StringSchema()));
                }
                if (pad.startsWith("/aanbevelingen/") && methode == PathItem.HttpMethod.POST) {
                    antwoord.addHeaderObject("ETag", new Header().description("De versie van de aanbeveling, bijvoorbeeld \"2\"")
                            .schema(new StringSchema()));
                }
                if (methode != PathItem.HttpMethod.GET && code.startsWith("2")) {
                    antwoord.addHeaderObject(Schrijfpad.LEESMODEL, new Header().description("Alleen als de leesmodellen de "
                            + "schrijfactie niet op tijd konden verwerken (hun opslag is weg): `achter`. De schrijfactie is vastgelegd; "
                            + "lezen geeft 503 met Retry-After tot de leesmodellen zijn bijgewerkt (lees wat je schreef)")
                            .schema(new StringSchema()._enum(List.of(Schrijfpad.ACHTER))));
                }
                // a timesheet becomes registrations on opdrachten, not a resource of its own: no Location
                // nor is a development token (it is handed out, not stored)
                if (code.equals("201") && !pad.equals(URENSTATEN) && !pad.equals(ONTWIKKELTOKENS)) {
                    antwoord.addHeaderObject("Location", new Header().description("De nieuwe bron").schema(new StringSchema()));
                }
            }
        });
        boolean schrijft = methode != PathItem.HttpMethod.GET;
        boolean heeftParameters = operatie.getParameters() != null && !operatie.getParameters().isEmpty();
        if (schrijft || heeftParameters) {
            probleem(antwoorden, "400", "Ongeldige invoer; invalidParams noemt elk ongeldig veld");
        }
        probleem(antwoorden, "401", "Geen of geen geldig token");
        probleem(antwoorden, "403", "Deze rol of gemeente mag dit niet");
        if (pad.contains("{") || pad.equals("/groeimodel")) {
            probleem(antwoorden, "404", "Onbekend, of nog niet bekend op het peilmoment");
        }
        if (pad.equals(ONTWIKKELTOKENS)) {
            probleem(antwoorden, "404", "Er is een identiteitsprovider ingesteld: ontwikkeltokens bestaan hier niet");
        }
        if (pad.startsWith("/pc-documenten") || pad.startsWith("/evaluaties") || pad.endsWith("/export")) {
            probleem(antwoorden, "406", "Deze vorm (Accept) wordt niet geleverd");
        }
        if (schrijft) {
            // only where it can happen: a lifecycle, the monitor's rules or a one-time import refuse (409); the versie is checked (If-Match,
            // or a concurrent write to the same aggregate: 412); there is a body to type (415); a key to reuse (422)
            boolean bestaandeBijeenkomst = pad.startsWith("/bijeenkomsten/{id}/");
            if (pad.startsWith("/opdrachten/{id}/") || pad.startsWith("/aanbevelingen/") || bestaandeBijeenkomst || pad.equals("/beheer/importen")
                    || pad.startsWith("/metingen") || pad.startsWith("/normenkaders/") || pad.startsWith("/gemeenten")
                    || pad.equals("/opdrachten")) {
                probleem(antwoorden, "409", "De levenscyclus of een regel (die het antwoord noemt) staat dit nu niet toe");
            }
            if (heeftKop(operatie, HttpHeaders.IF_MATCH) || pad.startsWith("/aanbevelingen/") || bestaandeBijeenkomst
                    || methode == PathItem.HttpMethod.PUT) {
                probleem(antwoorden, "412", "If-Match noemt een verouderde versie, of een ander wijzigde hetzelfde tegelijk");
            }
            probleem(antwoorden, "413", "Het verzoek is te groot");
            if (operatie.getRequestBody() != null) {
                probleem(antwoorden, "415", "Stuur application/json");
            }
            if (heeftKop(operatie, Idempotentie.KOP)) {
                probleem(antwoorden, "422", "Deze Idempotency-Key is al gebruikt voor een ander verzoek");
            }
        }
        // only when SAMENBOEK_RATE_LIMIT is set (docs/security.md)
        probleem(antwoorden, "429", "Te veel verzoeken met dit token (Retry-After); alleen als de beheerder een limiet instelt");
        probleem(antwoorden, "503", "Tijdelijk niet beschikbaar (Retry-After): de database is niet bereikbaar, alleen-lezen of vol, de "
                + "leesmodellen zijn niet bereikbaar, of ze missen nog een bevestigde schrijfactie; er is niets opgeslagen");
        antwoorden.get("503").addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                .description("Na hoeveel seconden opnieuw proberen").schema(new IntegerSchema()));
        probleem(antwoorden, "500", "Interne fout; er is niets opgeslagen");
        operatie.setResponses(antwoorden);
    }

    private static boolean heeftKop(Operation operatie, String naam) {
        return operatie.getParameters() != null && operatie.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && naam.equals(p.getName()));
    }

    private static void probleem(ApiResponses antwoorden, String code, String beschrijving) {
        antwoorden.addApiResponse(code, new ApiResponse().description(beschrijving)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM)))));
    }

    private static Schema<?> probleemschema() {
        ObjectSchema ongeldig = new ObjectSchema();
        ongeldig.addProperty("name", new StringSchema().description("Het veld, bijvoorbeeld geraamdeUren of verdeling.lisse"));
        ongeldig.addProperty("reason", new StringSchema().description("Waarom, in het Nederlands"));
        ObjectSchema probleem = new ObjectSchema();
        probleem.description("Een fout volgens RFC 9457 (application/problem+json)");
        probleem.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "type", new StringSchema().format("uri"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema().format("uri-reference"),
                "invalidParams", new ArraySchema().items(ongeldig),
                "regel", new StringSchema().description("Bij 403 en 409: de regel die weigerde, bijvoorbeeld levenscyclus.aanvaarden"))));
        probleem.setRequired(List.of("type", "title", "status", "detail"));
        return probleem;
    }
}
