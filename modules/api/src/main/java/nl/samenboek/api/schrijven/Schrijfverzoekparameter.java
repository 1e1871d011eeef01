package nl.samenboek.api.schrijven;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Fills a controller's {@link Schrijfverzoek} parameter from the request's Idempotency-Key and If-Match headers. */
@Configuration
public class Schrijfverzoekparameter implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        // not a request body or query object: openapi.json shows its headers instead (Schrijfkoppen)
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Schrijfverzoek.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Schrijfverzoek.class;
    }

    @Override
    public Schrijfverzoek resolveArgument(MethodParameter parameter, ModelAndViewContainer model, NativeWebRequest verzoek,
                                          WebDataBinderFactory binders) {
        return new Schrijfverzoek(verzoek.getHeader(Idempotentie.KOP),
                parameter.hasParameterAnnotation(Schrijfverzoek.OpVersie.class) ? verzoek.getHeader(HttpHeaders.IF_MATCH) : null);
    }
}
