package nl.samenboek.domain.aanbeveling;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import nl.samenboek.messages.aanbeveling.StelAanbevelingVast;
import nl.samenboek.messages.aanbeveling.Terugkerend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Bijlage I of the nota "HLT Samen Verder" (22-10-2024), as transcribed in {@code samenboek/seed/aanbevelingen.json}
 * with the line numbers of seed 001 it comes from (docs/uitvoeringsagenda.md).
 */
public final class Uitvoeringsagenda {

    private static final String BRON = "/samenboek/seed/aanbevelingen.json";

    public record Bron(String titel, LocalDate datum, String bestand) {
    }

    public record Regel(String letter, String titel, Aanbevelingscategorie categorie, String beoogdResultaat, String tijdpad,
                        List<String> tijdpadBron, LocalDate deadline, List<Mijlpaal> mijlpalen, Terugkerend terugkerend,
                        Map<String, List<Integer>> bronregels) {
    }

    public record Bestand(Bron bron, List<Regel> aanbevelingen) {
    }

    private Uitvoeringsagenda() {
    }

    public static Bestand lees() {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Uitvoeringsagenda.class.getResourceAsStream(BRON)) {
            if (in == null) {
                throw new IllegalStateException(BRON + " ontbreekt op het classpath");
            }
            return json.readValue(in, Bestand.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commands that record the 24 recommendations, dated the nota's date, concerning the given gemeenten. */
    public static List<StelAanbevelingVast> vaststellingen(List<String> gemeenten) {
        Bestand bestand = lees();
        return bestand.aanbevelingen().stream().map(r -> new StelAanbevelingVast(r.letter(), r.titel(), r.categorie(),
                r.beoogdResultaat(), r.tijdpad(), r.deadline(), r.mijlpalen(), r.terugkerend(), bestand.bron().datum(),
                "nota " + bestand.bron().titel() + " (" + bestand.bron().datum() + "), Bijlage I; seed " + bestand.bron().bestand()
                        + " regels " + r.bronregels().get("bijlage").get(0) + "–" + r.bronregels().get("bijlage").get(1),
                gemeenten)).toList();
    }
}
