package nl.samenboek.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import nl.samenboek.api.schrijven.Idempotentie;
import nl.samenboek.api.schrijven.Schrijfverzoek;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * The headers a {@link Schrijfverzoek} parameter reads, as the optional header parameters of its operation:
 * {@code Idempotency-Key}, and {@code If-Match} where it is marked {@link Schrijfverzoek.OpVersie}.
 */
@Component
public class Schrijfkoppen implements OperationCustomizer {

    @Override
    public Operation customize(Operation operatie, HandlerMethod methode) {
        Arrays.stream(methode.getMethodParameters()).filter(p -> p.getParameterType() == Schrijfverzoek.class).findFirst()
                .ifPresent(parameter -> {
                    operatie.addParametersItem(kop(Idempotentie.KOP));
                    if (parameter.hasParameterAnnotation(Schrijfverzoek.OpVersie.class)) {
                        operatie.addParametersItem(kop(HttpHeaders.IF_MATCH));
                    }
                });
        return operatie;
    }

    private static HeaderParameter kop(String naam) {
        HeaderParameter kop = new HeaderParameter();
        kop.name(naam).required(false).schema(new StringSchema());
        return kop;
    }
}
