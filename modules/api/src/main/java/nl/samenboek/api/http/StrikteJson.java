package nl.samenboek.api.http;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A text field takes only a JSON string. Jackson would otherwise turn {@code 42} or {@code true} into "42" or "true",
 * so {@code "gemeenten": [1, 2]} would reach the domain as gemeenten "1" and "2" instead of being refused as the wrong
 * type (the other strict settings are in application.yml). Every decimal and every text is checked against
 * {@link Invoergrenzen} as it is read.
 */
@Configuration
public class StrikteJson {

    /** Spring Boot installs every Module bean on the ObjectMapper that reads request bodies. */
    @Bean
    com.fasterxml.jackson.databind.Module invoergrenzen() {
        return Invoergrenzen.module();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer alleenTekstAlsTekst() {
        return bouwer -> bouwer.postConfigurer(json -> json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
