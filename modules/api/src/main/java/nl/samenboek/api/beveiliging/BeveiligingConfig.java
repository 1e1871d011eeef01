package nl.samenboek.api.beveiliging;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import nl.samenboek.api.fout.ProbleemSchrijver;
import nl.samenboek.ledger.sleutel.Loopback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
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
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OAuth2 resource server: every endpoint needs a valid bearer token except health, openapi.json and the public rows of
 * {@link Handeling} (what the sign-in page needs); the web application's files have a chain of their own. Tokens are signed
 * JWTs whose claims give a {@code rol} and, for college and raad, a {@code gemeente} (docs/operations.md). Security
 * headers go on every answer.
 */
@Configuration
public class BeveiligingConfig {

    private static final Logger LOG = LoggerFactory.getLogger(BeveiligingConfig.class);

    /** The web application's own files (docs/web.md): public, without a token, under a CSP that lets only them run. */
    static final String[] WEBBESTANDEN = {"/", "/index.html", "/web/**", "/favicon.ico"};

    /**
     * The web application at {@code /}: static files anyone may fetch (the data behind them stays behind the API's token).
     * Its CSP allows scripts, styles and fetches of this origin only — no inline script, no eval — and, with an identity
     * provider, fetches to the provider's origin for the authorization-code flow. The API's own strict headers are not
     * touched: this chain matches the files only.
     */
    @Bean
    @org.springframework.core.annotation.Order(0)
    SecurityFilterChain webapplicatie(HttpSecurity http, @Value("${samenboek.oidc.issuer:}") String uitgever) throws Exception {
        String verbinden = "'self'" + (uitgever.isBlank() ? "" : " " + oorsprong(uitgever.strip()));
        http.securityMatcher(WEBBESTANDEN)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; script-src 'self'; style-src 'self'; "
                                + "img-src 'self' data:; font-src 'self'; connect-src " + verbinden + "; base-uri 'none'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                                .requestMatcher(verzoek -> true)));
        return http.build();
    }

    /** scheme://host[:port] of the provider, for the web application's connect-src. */
    private static String oorsprong(String uitgever) {
        URI adres = URI.create(uitgever);
        return adres.getScheme() + "://" + adres.getHost() + (adres.getPort() < 0 ? "" : ":" + adres.getPort());
    }

    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain beveiliging(HttpSecurity http, ProbleemSchrijver problemen,
                                    @Value("${samenboek.rate-limit:}") String snelheidslimiet,
                                    @Value("${samenboek.zware-verzoeken.tegelijk:4}") int zwaarTegelijk,
                                    @Value("${samenboek.zware-verzoeken.wachten:PT2S}") Duration zwaarWachten) throws Exception {
        // verification, export, time travel and PDFs at most so many at once: the write path keeps its connections
        http.addFilterAfter(new ZwareVerzoeken(zwaarTegelijk, zwaarWachten, problemen), AuthorizationFilter.class);
        // off unless SAMENBOEK_RATE_LIMIT sets it; counts every request with a valid token, also the ones refused after
        Snelheidsbegrenzing.Limiet.lees(snelheidslimiet).ifPresent(limiet -> {
            LOG.info("Snelheidsbegrenzing: {} verzoeken per {} per token-subject", limiet.verzoeken(), limiet.periode());
            http.addFilterAfter(new Snelheidsbegrenzing(limiet, problemen, System::nanoTime), BearerTokenAuthenticationFilter.class);
        });
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/api/v1/openapi.json").permitAll()
                        .anyRequest().access(new Rolcontrole()))
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .bearerTokenResolver(new Tokenlezer())
                        // an identity provider that cannot be reached is 503, not 401 (the token may well be good)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problemen);
                                return filter;
                            }
                        })
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
     * Verifies bearer tokens: from the configured OpenID Connect provider ({@code SAMENBOEK_OIDC_ISSUER}: RS256, ES256
     * or PS256 with its keys, {@code aud} must name {@code SAMENBOEK_OIDC_AUDIENCE}), or — only without one, for
     * development — from the instance's own token key ({@code make token}, RS256). Either way a token needs {@code exp}
     * and {@code iat}, may live at most {@code SAMENBOEK_TOKEN_MAXIMALE_LEVENSDUUR} (12 hours), and is read with 60
     * seconds of clock skew (docs/operations.md). A token whose signature checked out is remembered; its claims are
     * validated at every use.
     */
    @Bean
    JwtDecoder jwtDecoder(ObjectProvider<RSAPublicKey> tokenVerificatiesleutel,
                          @Value("${samenboek.oidc.issuer:}") String uitgever,
                          @Value("${samenboek.oidc.audience:}") String publiek,
                          @Value("${samenboek.oidc.client-id:}") String clientId,
                          @Value("${samenboek.oidc.rol-claim:rol}") String rolClaim,
                          @Value("${samenboek.oidc.gemeente-claim:gemeente}") String gemeenteClaim,
                          @Value("${samenboek.oidc.groepen-claim:}") String groepenClaim,
                          @Value("${samenboek.oidc.groepen:}") String groepen,
                          @Value("${samenboek.token.maximale-levensduur:PT12H}") Duration maximaleLevensduur) {
        List<OAuth2TokenValidator<Jwt>> validaties = new ArrayList<>();
        validaties.add(new JwtTimestampValidator(TokenValidatie.KLOKAFWIJKING));
        validaties.add(new TokenValidatie(maximaleLevensduur));
        NimbusJwtDecoder handtekeningcontrole;
        if (uitgever.isBlank()) {
            handtekeningcontrole = NimbusJwtDecoder.withPublicKey(tokenVerificatiesleutel.getObject())
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
            handtekeningcontrole.setClaimSetConverter(Claimvertaling.standaard());
            validaties.add(new JwtIssuerValidator(Tokenmaker.UITGEVER));
            LOG.warn("Geen SAMENBOEK_OIDC_ISSUER: samenboek neemt alleen tokens van zijn eigen ontwikkelsleutel aan (make token). "
                    + "Alleen voor ontwikkeling; zie docs/operations.md.");
        } else {
            controleerUitgever(uitgever, publiek);
            handtekeningcontrole = new NimbusJwtDecoder(verwerker(new Uitgeversleutels(uitgever)));
            handtekeningcontrole.setClaimSetConverter(new Claimvertaling(rolClaim, gemeenteClaim, groepenClaim,
                    Claimvertaling.Rolkoppeling.lees(groepen)));
            validaties.add(new JwtIssuerValidator(uitgever));
            validaties.add(new JwtAudienceValidator(publiek));
            LOG.info("Tokens van identiteitsprovider {} voor publiek {}{}", uitgever, publiek,
                    clientId.isBlank() ? "" : " (client-id " + clientId + " voor de weblogin)");
        }
        handtekeningcontrole.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        return new GeverifieerdeTokens(handtekeningcontrole, new DelegatingOAuth2TokenValidator<>(validaties));
    }

    /** An issuer over https, or over http on this machine only (for tests); and an audience to require. */
    static void controleerUitgever(String uitgever, String publiek) {
        URI adres;
        try {
            adres = new URI(uitgever);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SAMENBOEK_OIDC_ISSUER '" + uitgever + "' is geen URL", e);
        }
        if (!Loopback.magGeheimDragen(adres) || adres.getRawQuery() != null || adres.getRawFragment() != null
                || adres.getRawUserInfo() != null) {
            throw new IllegalArgumentException("SAMENBOEK_OIDC_ISSUER '" + uitgever + "' moet een https-URL zijn zonder query of "
                    + "fragment (http alleen op loopback, om te testen)");
        }
        if (publiek.isBlank()) {
            throw new IllegalArgumentException("SAMENBOEK_OIDC_AUDIENCE ontbreekt: met een identiteitsprovider neemt samenboek alleen "
                    + "tokens aan die voor samenboek zijn uitgegeven (claim 'aud')");
        }
    }

    /** Signature with a key of the provider, in one of the three asymmetric algorithms; claims are validated after. */
    private static DefaultJWTProcessor<SecurityContext> verwerker(JWKSource<SecurityContext> sleutels) {
        DefaultJWTProcessor<SecurityContext> verwerker = new DefaultJWTProcessor<>();
        verwerker.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
                JWSAlgorithm.PS256), sleutels));
        verwerker.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        verwerker.setJWTClaimsSetVerifier((claims, context) -> { });
        return verwerker;
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
