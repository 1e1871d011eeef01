package nl.hltsamen.identiteit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import nl.samenboek.app.Klant;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in this JVM on a free port of 127.0.0.1,
 * with discovery, a JWK set, and the client-credentials grant. Each client stands for a kind of caller: the token
 * customizer gives it the {@code rol} and {@code gemeente} claims of its client settings, the audience
 * {@code samenboek} (or another one), and for client {@code verlopen} an expiry an hour ago. Its signing key can be
 * rotated: a new key with a new {@code kid} signs from then on, and the JWK set publishes both. It lives outside the
 * {@code nl.samenboek} packages, as the gemeenten's provider would: samenboek's component scan must not find its
 * configuration (the test class path is samenboek's class path in the tests).
 */
public final class Testidentiteitsprovider implements AutoCloseable {

    public static final String PUBLIEK = "samenboek";
    private static final String GEHEIM = "geheim";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int poort = vrijePoort();
    private final Sleutelring sleutels = new Sleutelring();
    private final ConfigurableApplicationContext context;

    public Testidentiteitsprovider() {
        Configuratie.huidige = this;
        SpringApplication toepassing = new SpringApplicationBuilder(Configuratie.class).build();
        // the logging of this JVM is the tests' (and the shared samenboek context's): leave it as it is
        toepassing.setListeners(toepassing.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        context = toepassing.run("--server.port=" + poort, "--server.address=127.0.0.1",
                // not samenboek's own application.yml from the class path
                "--spring.config.name=testidentiteitsprovider", "--spring.main.banner-mode=off");
    }

    /** The issuer, as samenboek is configured with it. */
    public String uitgever() {
        return "http://127.0.0.1:" + poort;
    }

    /** A new signing key with a new kid; the old one stays in the JWK set. Returns the new kid. */
    public String roteer() {
        return sleutels.roteer();
    }

    public String huidigeKid() {
        return sleutels.huidige().getKeyID();
    }

    /** An access token for one of the clients (client-credentials grant). */
    public String token(String client) {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(uitgever() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + GEHEIM + "-" + client).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> antwoord = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("token voor " + client + ": " + antwoord.statusCode() + " " + antwoord.body());
            }
            JsonNode json = Klant.JSON.readTree(antwoord.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registers the web application of a samenboek at this redirect URI (a loopback IP literal, as OAuth 2.1 wants it) as
     * a public client with the authorization-code grant and PKCE; whoever signs in gets these rol and gemeente claims.
     * The browser signs in at the provider's login form as {@value #GEBRUIKER} with password {@value #WACHTWOORD}.
     */
    public void registreerWebclient(String clientId, String terugadres, String rol, String gemeente) {
        ClientSettings.Builder instellingen = ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                .setting("rol", rol);
        if (gemeente != null) {
            instellingen.setting("gemeente", gemeente);
        }
        context.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient.withId(clientId).clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(terugadres).scope("openid").clientSettings(instellingen.build()).build());
    }

    public static final String GEBRUIKER = "raadslid";
    public static final String WACHTWOORD = "wachtwoord-van-het-raadslid";

    @Override
    public void close() {
        context.close();
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's RSA keys: the newest signs, all are published. */
    private static final class Sleutelring implements JWKSource<SecurityContext> {
        private final List<RSAKey> sleutels = new ArrayList<>();

        Sleutelring() {
            roteer();
        }

        synchronized String roteer() {
            try {
                RSAKey nieuw = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                sleutels.add(0, nieuw);
                return nieuw.getKeyID();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized RSAKey huidige() {
            return sleutels.get(0);
        }

        @Override
        public synchronized List<JWK> get(com.nimbusds.jose.jwk.JWKSelector selector, SecurityContext context) {
            return selector.select(new JWKSet(new ArrayList<JWK>(sleutels)));
        }
    }

    /** Only what an authorization server needs: a servlet container and the security filter chain. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    // a servlet must be mapped, or Tomcat answers 404 before any filter runs
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    static class Configuratie {

        /** The security filter chain in the servlet container, as Spring Boot's own registration would do it. */
        @Bean
        DelegatingFilterProxyRegistrationBean beveiligingsfilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        static volatile Testidentiteitsprovider huidige;

        @Bean
        @org.springframework.core.annotation.Order(1)
        SecurityFilterChain autorisatieserver(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    // a browser that is not signed in goes to the login form; the web application's fetches may come from any origin
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                            new org.springframework.security.web.util.matcher.MediaTypeRequestMatcher(org.springframework.http.MediaType.TEXT_HTML)))
                    .cors(c -> c.configurationSource(verzoek -> {
                        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
                        cors.addAllowedOriginPattern("*");
                        cors.addAllowedMethod("*");
                        cors.addAllowedHeader("*");
                        return cors;
                    }))
                    .csrf(c -> c.disable());
            return http.build();
        }

        /** The login form for the browser's authorization-code flow. */
        @Bean
        @org.springframework.core.annotation.Order(2)
        SecurityFilterChain aanmelden(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        org.springframework.security.core.userdetails.UserDetailsService gebruikers() {
            return new org.springframework.security.provisioning.InMemoryUserDetailsManager(org.springframework.security.core.userdetails.User
                    .withUsername(GEBRUIKER).password("{noop}" + WACHTWOORD).roles("RAAD").build());
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    client("directie", "directie", null),
                    client("bestuur", "bestuur", null),
                    client("auditor", "auditor", null),
                    client("beheerder", "beheerder", null),
                    client("college-hillegom", "college", "hillegom"),
                    client("college-lisse", "college", "lisse"),
                    client("college-teylingen", "college", "teylingen"),
                    client("raad-hillegom", "raad", "hillegom"),
                    client("raad-lisse", "raad", "lisse"),
                    client("raad-teylingen", "raad", "teylingen"),
                    client("college-zonder-gemeente", "college", null),
                    client("ander-publiek", "directie", null),
                    client("verlopen", "directie", null));
        }

        @Bean
        JWKSource<SecurityContext> sleutels() {
            return huidige.sleutels;
        }

        /** Its OIDC userinfo endpoint reads its own tokens. */
        @Bean
        JwtDecoder eigenTokens(JWKSource<SecurityContext> sleutels) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(sleutels);
        }

        @Bean
        AuthorizationServerSettings instellingen() {
            return AuthorizationServerSettings.builder().issuer(huidige.uitgever()).build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                ClientSettings client = context.getRegisteredClient().getClientSettings();
                String id = context.getRegisteredClient().getClientId();
                context.getJwsHeader().keyId(huidige.huidigeKid());
                context.getClaims().claim("rol", (String) client.getSetting("rol"));
                if (client.getSetting("gemeente") != null) {
                    context.getClaims().claim("gemeente", (String) client.getSetting("gemeente"));
                }
                context.getClaims().audience(List.of(id.equals("ander-publiek") ? "ander-systeem" : PUBLIEK));
                if (id.equals("verlopen")) {
                    Instant nu = Instant.now();
                    context.getClaims().issuedAt(nu.minus(Duration.ofHours(2))).notBefore(nu.minus(Duration.ofHours(2)))
                            .expiresAt(nu.minus(Duration.ofHours(1)));
                }
            };
        }

        private static RegisteredClient client(String id, String rol, String gemeente) {
            ClientSettings.Builder instellingen = ClientSettings.builder().setting("rol", rol);
            if (gemeente != null) {
                instellingen.setting("gemeente", gemeente);
            }
            return RegisteredClient.withId(id).clientId(id).clientSecret("{noop}" + GEHEIM + "-" + id)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .clientSettings(instellingen.build()).build();
        }
    }
}
