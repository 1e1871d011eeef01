package nl.samenboek.bench;

import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark history: deterministic from its seed, in time order, versions without gaps, the mix of docs/performance.md. */
class GeschiedenisgeneratorTest {

    private static final Geschiedenisgenerator.Schaal KLEIN = new Geschiedenisgenerator.Schaal("test", 30, 2025, 2027);

    @Test
    void hetzelfdeZaadGeeftDezelfdeGeschiedenis() throws Exception {
        assertThat(vingerafdruk(1)).isEqualTo(vingerafdruk(1)).isNotEqualTo(vingerafdruk(2));
    }

    @Test
    void deGeschiedenisIsGeordendEnElkAggregaatTeltZonderGatenDoor() {
        List<DomainEventMessage<?>> alles = genereer(7);
        Map<String, Long> laatste = new HashMap<>();
        Instant vorige = Instant.EPOCH;
        for (DomainEventMessage<?> bericht : alles) {
            assertThat(bericht.getTimestamp()).isAfter(vorige);
            vorige = bericht.getTimestamp();
            long verwacht = laatste.getOrDefault(bericht.getAggregateIdentifier(), -1L) + 1;
            assertThat(bericht.getSequenceNumber()).as(bericht.getAggregateIdentifier()).isEqualTo(verwacht);
            laatste.put(bericht.getAggregateIdentifier(), verwacht);
            assertThat(((Gebeurtenis) bericht.getPayload()).gemeenten()).isNotEmpty();
        }
    }

    @Test
    void deMixLijktOpHltsamen() {
        List<DomainEventMessage<?>> alles = genereer(3);
        List<OpdrachtAangevraagd> aanvragen = alles.stream().map(DomainEventMessage::getPayload)
                .filter(OpdrachtAangevraagd.class::isInstance).map(OpdrachtAangevraagd.class::cast).toList();
        double maatwerk = aanvragen.stream().filter(a -> a.soort() == Soort.MAATWERK).count() / (double) aanvragen.size();
        assertThat(maatwerk).isBetween(0.10, 0.30);
        assertThat(aanvragen).anyMatch(a -> a.gemeenten().size() > 1).anyMatch(a -> a.gemeenten().size() == 1);
        assertThat(aanvragen).allMatch(a -> Iv3Taakvelden.officieel().bestaat(a.taakveld()));
        long uren = alles.stream().filter(b -> b.getPayload() instanceof UrenGeregistreerd).count();
        assertThat(uren / (double) alles.size()).as("vooral wekelijkse urenregistraties").isGreaterThan(0.85);
        // 30 staff × up to 4.8 opdrachten (fewer in a tiny team's first year) × ~51 weeks × 3 years
        assertThat(uren).isBetween(12_000L, 24_000L);
    }

    @Test
    void deSchalenHebbenDeGevraagdeOrde() {
        long klein = new Geschiedenisgenerator(Geschiedenisgenerator.Schaal.van("small"), 2025, Map.of()).genereer(b -> { });
        assertThat(klein).isBetween(95_000L, 130_000L);
    }

    private static List<DomainEventMessage<?>> genereer(long zaad) {
        List<DomainEventMessage<?>> alles = new ArrayList<>();
        new Geschiedenisgenerator(KLEIN, zaad, Map.of()).genereer(alles::add);
        return alles;
    }

    private static String vingerafdruk(long zaad) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (DomainEventMessage<?> bericht : genereer(zaad)) {
            sha.update((bericht.getIdentifier() + bericht.getAggregateIdentifier() + bericht.getSequenceNumber()
                    + bericht.getTimestamp() + bericht.getPayload()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
