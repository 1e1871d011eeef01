package nl.samenboek.app.samenwerking;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A samenwerking as one configuration file (docs/samenwerking.md): its name, its gemeenten (code, naam, inwoners),
 * its verdeelsleutels with their ingangsdatum, its programma's, the names and shares of its budget lines, and the
 * uitvoeringsagenda it follows, if any. Loaded at first start as events (gemeenten, verdeelsleutels, recommendations);
 * every later change goes through the API. No cooperation is wired into the code: HLTsamen and BUCH are two such files.
 *
 * @param publiekeUrl       where clients reach the instance (openapi.json's server), unless {@code SAMENBOEK_PUBLIEKE_URL} says otherwise
 * @param contact           who answers for the instance (openapi.json's contact), optional
 * @param uitvoeringsagenda {@code hlt-samen-verder} for the recommendations A–X of the nota, or null for none
 */
public record Samenwerkingsconfiguratie(String id, String naam, String toelichting, List<Deelnemer> gemeenten,
                                        List<Verdeelsleutel> verdeelsleutels, List<String> programmas,
                                        Map<String, BigDecimal> budgetlijnen, String publiekeUrl, Contact contact,
                                        String uitvoeringsagenda) {

    /** The one uitvoeringsagenda samenboek knows: the recommendations A–X of the nota HLT Samen Verder. */
    public static final String HLT_SAMEN_VERDER = "hlt-samen-verder";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** @param inwoners null where the configuration does not give it */
    public record Deelnemer(String code, String naam, Integer inwoners, LocalDate toegetredenOp) {
    }

    /** Both optional. */
    public record Contact(String email, String url) {
    }

    /** One line for openapi.json's description: the name and its gemeenten. */
    public String beschrijving() {
        return naam + ": " + String.join(", ", gemeenten.stream().map(Deelnemer::naam).toList());
    }

    public Samenwerkingsconfiguratie {
        programmas = programmas == null ? List.of() : List.copyOf(programmas);
        budgetlijnen = budgetlijnen == null ? Map.of() : Map.copyOf(budgetlijnen);
    }

    public boolean heeftUitvoeringsagenda() {
        return HLT_SAMEN_VERDER.equals(uitvoeringsagenda);
    }

    /** Reads and checks a configuration; a mistake stops the start with a message that names it. */
    public static Samenwerkingsconfiguratie lees(InputStream in, String bron) {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Samenwerkingsconfiguratie configuratie;
        try {
            configuratie = json.readValue(in, Samenwerkingsconfiguratie.class);
        } catch (IOException e) {
            throw new UncheckedIOException("de samenwerkingsconfiguratie " + bron + " kon niet worden gelezen: " + e.getMessage(), e);
        }
        List<String> fouten = configuratie.fouten();
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("de samenwerkingsconfiguratie " + bron + " klopt niet: " + String.join("; ", fouten));
        }
        return configuratie;
    }

    private List<String> fouten() {
        List<String> fouten = new ArrayList<>();
        if (id == null || !CODE.matcher(id).matches()) {
            fouten.add("id is een code van kleine letters");
        }
        if (naam == null || naam.isBlank()) {
            fouten.add("naam ontbreekt");
        }
        if (gemeenten == null || gemeenten.isEmpty()) {
            fouten.add("gemeenten ontbreken");
        } else {
            for (Deelnemer g : gemeenten) {
                if (g.code() == null || !CODE.matcher(g.code()).matches() || g.code().equals("samenwerking")) {
                    fouten.add("gemeentecode '" + g.code() + "' is geen code van kleine letters (en niet 'samenwerking')");
                }
                if (g.naam() == null || g.naam().isBlank() || g.toegetredenOp() == null) {
                    fouten.add("gemeente " + g.code() + " heeft een naam en een datum van toetreden");
                }
            }
        }
        if (verdeelsleutels == null || verdeelsleutels.isEmpty()) {
            fouten.add("er is ten minste één verdeelsleutel");
        }
        if (!budgetlijnen.isEmpty() && budgetlijnen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
            fouten.add("de aandelen van de budgetlijnen tellen op tot 1");
        }
        if (uitvoeringsagenda != null && !heeftUitvoeringsagenda()) {
            fouten.add("uitvoeringsagenda is '" + HLT_SAMEN_VERDER + "' of null");
        }
        return fouten;
    }
}
