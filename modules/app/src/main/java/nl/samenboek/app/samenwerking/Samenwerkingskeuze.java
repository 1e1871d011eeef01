package nl.samenboek.app.samenwerking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which samenwerking this instance serves ({@code SAMENBOEK_SAMENWERKING}, docs/samenwerking.md): the name of a shipped
 * configuration ({@code hltsamen}, the default, or {@code buch}) or the path of a configuration file. It sets the
 * samenwerking's file, code and name as the lowest-ranked defaults, so everything that reads
 * {@code samenboek.samenwerking.id} and {@code .naam} follows the configuration, and an explicit setting still wins.
 */
public class Samenwerkingskeuze implements EnvironmentPostProcessor, Ordered {

    public static final String EIGENSCHAP = "samenboek.samenwerking";
    static final String STANDAARD = "hltsamen";
    private static final Pattern MEEGELEVERD = Pattern.compile("[a-z][a-z0-9-]*");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment omgeving, SpringApplication toepassing) {
        String keuze = omgeving.getProperty(EIGENSCHAP, STANDAARD).strip();
        String plaats = omgeving.getProperty(EIGENSCHAP + ".bestand", bestand(keuze));
        Resource bestand = new DefaultResourceLoader().getResource(plaats);
        if (!bestand.exists()) {
            throw new IllegalStateException("SAMENBOEK_SAMENWERKING='" + keuze + "': er is geen samenwerkingsconfiguratie " + plaats
                    + " (meegeleverd: hltsamen, buch; of een pad naar een eigen bestand, docs/samenwerking.md)");
        }
        Samenwerkingsconfiguratie configuratie;
        try (InputStream in = bestand.getInputStream()) {
            configuratie = Samenwerkingsconfiguratie.lees(in, plaats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> standaard = new HashMap<>();
        standaard.put(EIGENSCHAP + ".bestand", plaats);
        standaard.put(EIGENSCHAP + ".id", configuratie.id());
        standaard.put(EIGENSCHAP + ".naam", configuratie.naam());
        standaard.put(EIGENSCHAP + ".beschrijving", configuratie.beschrijving());
        if (configuratie.contact() != null) {
            standaard.put(EIGENSCHAP + ".contact.email", configuratie.contact().email() == null ? "" : configuratie.contact().email());
            standaard.put(EIGENSCHAP + ".contact.url", configuratie.contact().url() == null ? "" : configuratie.contact().url());
        }
        if (configuratie.publiekeUrl() != null) {
            standaard.put("samenboek.publieke-url", configuratie.publiekeUrl());
        }
        omgeving.getPropertySources().addLast(new MapPropertySource("samenwerkingsconfiguratie", standaard));
    }

    /** A shipped configuration by its name, else a file. */
    static String bestand(String keuze) {
        if (MEEGELEVERD.matcher(keuze).matches()) {
            return "classpath:samenboek/samenwerkingen/" + keuze + ".json";
        }
        return keuze.startsWith("file:") || keuze.startsWith("classpath:") ? keuze : "file:" + keuze;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
