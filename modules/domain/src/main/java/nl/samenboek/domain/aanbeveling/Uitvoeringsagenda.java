package nl.samenboek.domain.aanbeveling;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.DeelAanbevelingIn;
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

    /**
     * @param eersteStap  what the first dated stap asks, for a tijdpad of several stappen (the later ones are the mijlpalen)
     * @param perGemeente true for a recommendation each gemeente realises for itself; absent for the others
     */
    public record Regel(String letter, String titel, Aanbevelingscategorie categorie, String beoogdResultaat, String tijdpad,
                        List<String> tijdpadBron, LocalDate deadline, List<Mijlpaal> mijlpalen, Terugkerend terugkerend,
                        Map<String, List<Integer>> bronregels, String eersteStap, Boolean perGemeente) {

        /** The first stap's description: its own for a tijdpad of several stappen, else the beoogd resultaat it reaches. */
        public String omschrijvingEersteStap() {
            return eersteStap != null ? eersteStap : beoogdResultaat;
        }

        public boolean isPerGemeente() {
            return Boolean.TRUE.equals(perGemeente);
        }
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

    /** How each recommendation is followed: its first stap and whether each gemeente realises it for itself. */
    public static List<DeelAanbevelingIn> indelingen() {
        return lees().aanbevelingen().stream()
                .map(r -> new DeelAanbevelingIn(r.letter(), r.omschrijvingEersteStap(), r.isPerGemeente())).toList();
    }
}
