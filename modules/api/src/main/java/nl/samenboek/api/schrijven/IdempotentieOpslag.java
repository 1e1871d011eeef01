package nl.samenboek.api.schrijven;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenboek.ledger.gebeurtenis.GebeurtenisJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Stored answers to requests with an Idempotency-Key. Written by {@link IdempotentieInterceptor} inside the command's
 * own transaction, read before a command is sent and again when it fails (a concurrent duplicate may have won).
 */
@Component
public class IdempotentieOpslag {

    private static final ObjectMapper JSON = GebeurtenisJson.mapper();

    private final JdbcTemplate jdbc;

    public IdempotentieOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Opgeslagen(String verzoekHash, Object resultaat) {
    }

    public Optional<Opgeslagen> zoek(String sleutel) {
        return jdbc.query("SELECT verzoek_hash, resultaat_type, resultaat FROM idempotentie WHERE sleutel = ?",
                rij -> rij.next()
                        ? Optional.of(new Opgeslagen(rij.getString(1), lees(rij.getString(2), rij.getBytes(3))))
                        : Optional.empty(), sleutel);
    }

    /** Must run in the transaction of the command whose result it stores. */
    void bewaar(String sleutel, String verzoekHash, Object resultaat) {
        try {
            jdbc.update("INSERT INTO idempotentie (sleutel, verzoek_hash, resultaat_type, resultaat) VALUES (?, ?, ?, ?)",
                    sleutel, verzoekHash, resultaat.getClass().getName(), JSON.writeValueAsBytes(resultaat));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every stored answer equal to this one: erasing a medewerker also erases the key that registered them. */
    public void vergeet(Object resultaat) {
        try {
            jdbc.update("DELETE FROM idempotentie WHERE resultaat_type = ? AND resultaat = ?", resultaat.getClass().getName(),
                    JSON.writeValueAsBytes(resultaat));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** API.md: an Idempotency-Key is honoured at least 24 hours; a shorter retention is refused at start-up. */
    public static final Duration MINIMALE_BEWAARTERMIJN = Duration.ofHours(24);

    /**
     * Forgets the answers stored longer ago than the retention (SAMENBOEK_IDEMPOTENTIE_BEWAARTERMIJN, at least 24 hours):
     * a retry after that is a new request. Returns how many were forgotten.
     */
    public int ruimOp(Duration bewaartermijn) {
        if (bewaartermijn.compareTo(MINIMALE_BEWAARTERMIJN) < 0) {
            throw new IllegalArgumentException("samenboek.idempotentie.bewaartermijn: ten minste " + MINIMALE_BEWAARTERMIJN
                    + " (API.md), niet " + bewaartermijn);
        }
        return jdbc.update("DELETE FROM idempotentie WHERE vastgelegd_op < now() - make_interval(secs => ?)",
                (double) bewaartermijn.toSeconds());
    }

    private static Object lees(String type, byte[] json) {
        try {
            return JSON.readValue(json, Class.forName(type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("onbekend resultaattype " + type, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
