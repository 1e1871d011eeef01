package nl.samenboek.api.http;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * A request without a body, or with the body {@code null}, reaches the controller as its request record with every
 * field null, so the domain names each missing field (400 with invalidParams) instead of one "body missing".
 */
@ControllerAdvice
public class LegeVerzoeken extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type doeltype, Class<? extends HttpMessageConverter<?>> omzetter) {
        return doeltype instanceof Class<?> klasse && klasse.isRecord() && klasse.getName().startsWith("nl.samenboek.api.");
    }

    @Override
    public Object handleEmptyBody(Object lichaam, HttpInputMessage bericht, MethodParameter parameter, Type doeltype,
                                  Class<? extends HttpMessageConverter<?>> omzetter) {
        return lichaam != null ? lichaam : leeg((Class<?>) doeltype);
    }

    @Override
    public Object afterBodyRead(Object lichaam, HttpInputMessage bericht, MethodParameter parameter, Type doeltype,
                                Class<? extends HttpMessageConverter<?>> omzetter) {
        return lichaam != null ? lichaam : leeg((Class<?>) doeltype);
    }

    /** The record with every field null (or zero/false for a primitive). */
    static Object leeg(Class<?> record) {
        RecordComponent[] velden = record.getRecordComponents();
        Class<?>[] typen = Arrays.stream(velden).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] waarden = Arrays.stream(typen).map(LegeVerzoeken::standaard).toArray();
        try {
            return record.getDeclaredConstructor(typen).newInstance(waarden);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("verzoek " + record.getName() + " is niet leeg te maken", e);
        }
    }

    private static Object standaard(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? false : type == char.class ? '\0' : java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
}
