package nl.samenboek.domain.aanbeveling;

import nl.samenboek.messages.aanbeveling.Aanbevelingscategorie;
import nl.samenboek.messages.aanbeveling.Mijlpaal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transcription of the nota's 24 recommendations checked against the seed text it cites: the titel within the
 * cited lines of the recommendation, the categorie heading above it, the tijdpad within the cited lines of Bijlage I,
 * and the deadline and mijlpalen as the documented rules derive them from that tijdpad.
 */
class UitvoeringsagendaBronTest {

    private static final String SEED = "001_3908893ad4c35972.txt";

    @Test
    void bevatDe24AanbevelingenAtotX() {
        List<String> letters = Uitvoeringsagenda.lees().aanbevelingen().stream().map(Uitvoeringsagenda.Regel::letter).toList();
        assertThat(letters).containsExactlyElementsOf(IntStream.rangeClosed('A', 'X').mapToObj(c -> String.valueOf((char) c)).toList());
        assertThat(Uitvoeringsagenda.lees().bron().datum()).hasToString("2024-10-22");
    }

    @Test
    void elkeTitelEnTijdpadStaatInDeGeciteerdeRegelsVanDeNota() throws IOException {
        List<String> nota = Files.readAllLines(seed(), StandardCharsets.UTF_8);
        for (Uitvoeringsagenda.Regel regel : Uitvoeringsagenda.lees().aanbevelingen()) {
            String aanbeveling = normaliseer(nota, regel.bronregels().get("aanbeveling"));
            assertThat(aanbeveling).as("titel van %s", regel.letter()).contains(regel.titel());
            String bijlage = normaliseer(nota, regel.bronregels().get("bijlage"));
            List<String> delen = regel.tijdpadBron() == null ? List.of(regel.tijdpad()) : regel.tijdpadBron();
            delen.forEach(deel -> assertThat(bijlage).as("tijdpad van %s", regel.letter()).contains(deel));
            assertThat(String.join(" ", delen)).isEqualTo(regel.tijdpad());
            assertThat(bijlage).as("beoogd resultaat van %s", regel.letter()).contains(regel.beoogdResultaat());
        }
    }

    @Test
    void deCategorieIsDieVanHetKopjeBovenDeAanbeveling() throws IOException {
        List<String> nota = Files.readAllLines(seed(), StandardCharsets.UTF_8);
        for (Uitvoeringsagenda.Regel regel : Uitvoeringsagenda.lees().aanbevelingen()) {
            List<Integer> bereik = regel.bronregels().get("categorie");
            String kop = herstel(nota.get(bereik.get(0) - 1)).strip().toLowerCase();
            assertThat(kop).as("categoriekop van %s (regel %d)", regel.letter(), bereik.get(0))
                    .startsWith(regel.categorie().code() + ":");
        }
        Map<Aanbevelingscategorie, Long> aantallen = Uitvoeringsagenda.lees().aanbevelingen().stream()
                .collect(Collectors.groupingBy(Uitvoeringsagenda.Regel::categorie, Collectors.counting()));
        assertThat(aantallen).containsEntry(Aanbevelingscategorie.INSTITUTIONEEL, 6L)
                .containsEntry(Aanbevelingscategorie.INHOUDELIJK, 8L).containsEntry(Aanbevelingscategorie.INSTRUMENTEEL, 10L);
    }

    @Test
    void deadlineEnMijlpalenVolgenUitHetTijdpadVolgensDeRegels() {
        for (Uitvoeringsagenda.Regel regel : Uitvoeringsagenda.lees().aanbevelingen()) {
            Tijdpad.Data afgeleid = Tijdpad.lees(regel.tijdpad(), regel.terugkerend() != null);
            assertThat(afgeleid.deadline()).as("deadline van %s uit '%s'", regel.letter(), regel.tijdpad()).isEqualTo(regel.deadline());
            assertThat(afgeleid.mijlpalen()).as("mijlpalen van %s", regel.letter())
                    .containsExactlyElementsOf(regel.mijlpalen().stream().map(Mijlpaal::datum).toList());
        }
    }

    @Test
    void elkeAanbevelingMetMeerStappenNoemtHaarEersteStap() {
        for (Uitvoeringsagenda.Regel regel : Uitvoeringsagenda.lees().aanbevelingen()) {
            assertThat(regel.eersteStap() != null).as("eersteStap van %s", regel.letter())
                    .isEqualTo(regel.deadline() != null && !regel.mijlpalen().isEmpty());
        }
        assertThat(Uitvoeringsagenda.indelingen()).hasSize(24).allSatisfy(i -> assertThat(i.eersteStap()).isNotBlank());
    }

    /** Each gemeente realises these for itself: its own kaders, raad, integriteitsbeleid, beleidskaders (nota, Bijlage I). */
    @Test
    void perGemeenteGeldenBHLNenP() {
        assertThat(Uitvoeringsagenda.lees().aanbevelingen().stream().filter(Uitvoeringsagenda.Regel::isPerGemeente)
                .map(Uitvoeringsagenda.Regel::letter)).containsExactly("B", "H", "L", "N", "P");
    }

    @Test
    void deKopieInDeRepositoryIsDeBron() throws IOException {
        Path gedeeld = hoofdmap().resolveSibling("shared").resolve("seeds").resolve(SEED);
        if (Files.exists(gedeeld)) {
            assertThat(Files.readAllBytes(seed())).isEqualTo(Files.readAllBytes(gedeeld));
        }
    }

    /** The seed as extracted from the PDF, with its ligatures repaired and all whitespace collapsed (seeds/README.md). */
    private static String normaliseer(List<String> nota, List<Integer> bereik) {
        return herstel(String.join(" ", nota.subList(bereik.get(0) - 1, bereik.get(1)))).replaceAll("\\s+", " ").strip();
    }

    private static String herstel(String tekst) {
        return tekst.replace("Ɵ", "ti").replace("Ō", "ft").replace("ƫ", "tt").replace("Ʃ", "tt").replace("Ĭ", "fh").replace("Ņ", "fk");
    }

    private static Path seed() {
        return hoofdmap().resolve("docs").resolve("bronnen").resolve(SEED);
    }

    private static Path hoofdmap() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("modules")) && Files.isDirectory(map.resolve("docs"))) {
                return map;
            }
        }
        throw new IllegalStateException("hoofdmap niet gevonden");
    }
}
