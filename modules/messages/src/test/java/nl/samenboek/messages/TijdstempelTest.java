package nl.samenboek.messages;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store's timestamps read exactly as {@link Instant#parse} reads them, in every form Axon writes. */
class TijdstempelTest {

    @Test
    void leestWatInstantParseLeest() {
        Random toeval = new Random(2025);
        for (int i = 0; i < 100_000; i++) {
            Instant tijdstip = Instant.ofEpochSecond(toeval.nextLong(-62_000_000_000L, 253_000_000_000L), switch (i % 4) {
                case 0 -> 0;
                case 1 -> toeval.nextInt(1000) * 1_000_000;
                case 2 -> toeval.nextInt(1_000_000) * 1000;
                default -> toeval.nextInt(1_000_000_000);
            });
            String tekst = tijdstip.toString();
            assertThat(Tijdstempel.lees(tekst)).as(tekst).isEqualTo(Instant.parse(tekst));
        }
    }

    @Test
    void randgevallenEnFouten() {
        for (String tekst : List.of("2024-02-29T23:59:59Z", "2026-12-31T00:00:00.000000001Z", "1970-01-01T00:00:00Z",
                "2026-01-05T08:00:00.1Z", "+10000-01-01T00:00:00Z", "2026-01-05T08:00:00+01:00")) {
            assertThat(Tijdstempel.lees(tekst)).as(tekst).isEqualTo(Instant.parse(tekst));
        }
        for (String vreemd : List.of("2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:00:00.Z",
                "2026-01-01T00:00:00.1234567890Z", "2026-0a-01T00:00:00Z", "2026-01-01 00:00:00Z", "2016-12-31T23:59:60Z")) {
            Instant verwacht;
            try {
                verwacht = Instant.parse(vreemd);
            } catch (DateTimeParseException fout) {
                assertThatThrownBy(() -> Tijdstempel.lees(vreemd)).as(vreemd).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(Tijdstempel.lees(vreemd)).as(vreemd).isEqualTo(verwacht);
        }
    }
}
