package nl.samenboek.api.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenboek.messages.fout.Verboden;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Deny by default: a controller method under {@code /api/v1} is reached only when its method and path have a row in the
 * {@link Handeling} table. A controller method added without a row answers 403, whatever the role, so an endpoint can
 * never be open by omission. {@link Rolcontrole} applies the rows in the security filter chain; this interceptor runs
 * after handler mapping, so a path that no controller serves keeps its 404 (and a known path with another method its
 * 405) and tells nobody which paths exist (docs/security.md). Only the public openapi.json is not in the table.
 */
@Configuration
public class Tabeldwang implements HandlerInterceptor, WebMvcConfigurer {

    static final String PREFIX = "/api/v1/";
    static final String OPENAPI = "/api/v1/openapi.json";

    private final Rolcontrole tabel = new Rolcontrole();

    @Override
    public void addInterceptors(InterceptorRegistry registratie) {
        registratie.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest verzoek, HttpServletResponse antwoord, Object verwerker) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        if (!toegelaten(verzoek.getMethod(), pad, verwerker instanceof HandlerMethod)) {
            // the path asked is not repeated: it could name a gemeente (docs/api.md)
            throw new Verboden("Dit eindpunt staat niet in de autorisatietabel en is daarom voor niemand open.");
        }
        return true;
    }

    /** Whether a request for this method and path, served by a controller or not, may go on to its handler. */
    boolean toegelaten(String methode, String pad, boolean doorController) {
        if (!doorController || !pad.startsWith(PREFIX) || pad.equals(OPENAPI)) {
            return true;
        }
        return tabel.handeling(methode, pad).isPresent();
    }
}
