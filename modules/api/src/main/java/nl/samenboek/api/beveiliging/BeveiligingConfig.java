package nl.samenboek.api.beveiliging;

import nl.samenboek.api.fout.ProbleemSchrijver;
import nl.samenboek.ledger.sleutel.Tokenmaker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.security.interfaces.RSAPublicKey;

/**
 * OAuth2 resource server: every endpoint needs a valid bearer token except health and openapi.json. Tokens are signed
 * JWTs with {@code rol} and {@code gemeente} claims; expiry is required. Security headers go on every answer.
 */
@Configuration
public class BeveiligingConfig {

    @Bean
    SecurityFilterChain beveiliging(HttpSecurity http, ProbleemSchrijver problemen) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/api/v1/openapi.json").permitAll()
                        .anyRequest().access(new Rolcontrole()))
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .bearerTokenResolver(new Tokenlezer())
                        .authenticationEntryPoint(problemen)
                        .accessDeniedHandler(problemen))
                .exceptionHandling(e -> e.authenticationEntryPoint(problemen).accessDeniedHandler(problemen))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                                .requestMatcher(verzoek -> true)));
        return http.build();
    }

    /**
     * Verifies tokens signed with the instance's token key (see {@code make token}); only RS256. A token whose
     * signature checked out is remembered; its claims are validated at every use.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAPublicKey tokenVerificatiesleutel) {
        NimbusJwtDecoder handtekeningcontrole = NimbusJwtDecoder.withPublicKey(tokenVerificatiesleutel)
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        handtekeningcontrole.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        return new GeverifieerdeTokens(handtekeningcontrole, new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(Tokenmaker.UITGEVER), new TokenValidatie()));
    }

    /** Spring Security's strict firewall, with its own header rules checked without a regex for plain ASCII. */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(Kopwaarden.NAMEN);
        firewall.setAllowedHeaderValues(Kopwaarden.WAARDEN);
        return firewall;
    }
}
