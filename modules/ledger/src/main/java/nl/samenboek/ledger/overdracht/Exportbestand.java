package nl.samenboek.ledger.overdracht;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import nl.samenboek.ledger.grootboek.Grootboekregel;
import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Gebeurtenistypen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads an export (docs/auditor.md: NDJSON, one grootboek entry per line) entry by entry, in constant memory. Verification,
 * import and replay all read exports through here, so they agree on what a well-formed line is.
 */
public final class Exportbestand {

    private static final ObjectMapper JSON = GebeurtenisJson.mapper();

    /** What to do with each entry; {@code false} stops reading. */
    @FunctionalInterface
    public interface Verwerker {
        boolean verwerk(Grootboekregel regel) throws IOException;
    }

    /** A line that is not a grootboek entry, with its line number in the file (from 1). */
    public static final class OngeldigeRegel extends RuntimeException {

        private final long regelnummer;

        OngeldigeRegel(long regelnummer, Throwable oorzaak) {
            super("regel " + regelnummer + " van het bestand is geen geldige grootboekregel", oorzaak);
            this.regelnummer = regelnummer;
        }

        public long regelnummer() {
            return regelnummer;
        }
    }

    private Exportbestand() {
    }

    /**
     * The event of an entry as the Java record samenboek wrote, by its {@code type}.
     *
     * @throws IllegalArgumentException naming what is wrong, for an unknown type or data that is not that event
     */
    public static Gebeurtenis inhoud(JsonNode gebeurtenis) {
        String type = gebeurtenis.path("type").asText();
        Class<? extends Gebeurtenis> klasse = Gebeurtenistypen.zoek(type)
                .orElseThrow(() -> new IllegalArgumentException("onbekend gebeurtenistype '" + type + "'"));
        try {
            return JSON.treeToValue(gebeurtenis.path("data"), klasse);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("de gebeurtenis is geen geldige " + type, e);
        }
    }

    /** The instant the event was recorded ({@code tijdstip}). */
    public static Instant tijdstip(JsonNode gebeurtenis) {
        try {
            return Instant.parse(gebeurtenis.path("tijdstip").asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("het tijdstip van de gebeurtenis is geen ISO-8601-tijdstip", e);
        }
    }

    /**
     * Calls the verwerker for every entry in file order; blank lines are skipped. Reports roughly how much was read so far after
     * each line, for a progress bar.
     *
     * @return the number of entries handed to the verwerker
     * @throws OngeldigeRegel at the first line that is not a grootboek entry
     */
    public static long lees(InputStream in, Verwerker verwerker, java.util.function.LongConsumer gelezenBytes) {
        BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long regelnummer = 0;
        long regels = 0;
        long bytes = 0;
        try {
            String tekst;
            while ((tekst = lezer.readLine()) != null) {
                regelnummer++;
                bytes += tekst.length() + 1L; // characters, not bytes: close enough for a progress bar, and cheap
                gelezenBytes.accept(bytes);
                if (tekst.isBlank()) {
                    continue;
                }
                Grootboekregel regel;
                try {
                    regel = JSON.readValue(tekst, Grootboekregel.class);
                } catch (IOException e) {
                    throw new OngeldigeRegel(regelnummer, e);
                }
                if (regel.gemeente() == null || regel.vorigeHash() == null || regel.hash() == null) {
                    throw new OngeldigeRegel(regelnummer, null);
                }
                regels++;
                if (!verwerker.verwerk(regel)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regels;
    }
}
