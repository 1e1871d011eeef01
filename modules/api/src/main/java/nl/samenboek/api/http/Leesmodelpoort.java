package nl.samenboek.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenboek.api.fout.LeesmodellenAchter;
import nl.samenboek.projections.verwerking.Projectiewachter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read your writes when the read models could not keep up (API.md): once a write answered with
 * {@code Samenboek-Leesmodel: achter}, reads of the read models answer 503 with Retry-After until every projection has
 * caught up with it, instead of showing a state without that write. The ledger's own reads ({@code /audit/…}, straight
 * from PostgreSQL) and openapi.json are not held back.
 */
@Configuration
public class Leesmodelpoort implements HandlerInterceptor, WebMvcConfigurer {

    private final Projectiewachter wachter;

    public Leesmodelpoort(Projectiewachter wachter) {
        this.wachter = wachter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registratie) {
        registratie.addInterceptor(this).addPathPatterns("/api/v1/**")
                .excludePathPatterns("/api/v1/openapi.json", "/api/v1/audit/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest verzoek, HttpServletResponse antwoord, Object verwerker) {
        if (("GET".equals(verzoek.getMethod()) || "HEAD".equals(verzoek.getMethod())) && !wachter.leesbaar()) {
            throw new LeesmodellenAchter();
        }
        return true;
    }
}
