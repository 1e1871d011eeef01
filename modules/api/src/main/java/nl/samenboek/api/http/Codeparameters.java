package nl.samenboek.api.http;

import nl.samenboek.messages.Code;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and path parameters typed as a {@link Code} enum ({@code status=wacht-op-medeondertekening}) are read by their
 * Dutch code. An unknown code fails the conversion; Probleemafhandeling answers 400 naming the parameter and the codes
 * it takes.
 */
@Configuration
public class Codeparameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry register) {
        register.addConverterFactory(new Codes());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Codes implements ConverterFactory<String, Code> {

        @Override
        public <T extends Code> Converter<String, T> getConverter(Class<T> doel) {
            if (!doel.isEnum()) {
                throw new IllegalArgumentException(doel + " is geen enum");
            }
            return tekst -> (T) Code.van((Class) doel, tekst);
        }
    }
}
