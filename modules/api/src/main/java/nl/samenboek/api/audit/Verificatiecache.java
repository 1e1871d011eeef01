package nl.samenboek.api.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.samenboek.ledger.grootboek.Grootboeklezer;
import nl.samenboek.ledger.grootboek.Verificatie;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * A verification reads a gemeente's whole grootboek and recomputes every hash: seconds for a long history. Requests
 * for the same ledger head (volgnummer and hash) and the same set of checkpoints share one computation: fifty auditors
 * pressing at once read the table once, and the write path keeps its connections (docs/security.md). By default the
 * outcome is not kept once it is given, so every later request reads the event store afresh and finds a change made
 * behind the application's back even when it left the head as it was (ManipulatieIT); {@code houdbaar} above zero
 * (SAMENBOEK_VERIFICATIE_HOUDBAAR) keeps it that long per head, trading that for less reading.
 */
public class Verificatiecache {

    private record Sleutel(String gemeente, long aantal, String hoofdHash, int controlepunten) {
    }

    private final Grootboeklezer grootboek;
    private final ConcurrentMap<Sleutel, CompletableFuture<Verificatie>> lopend = new ConcurrentHashMap<>();
    private final Cache<Sleutel, Verificatie> bewaard;

    public Verificatiecache(Grootboeklezer grootboek, Duration houdbaar) {
        this.grootboek = grootboek;
        this.bewaard = houdbaar.isZero() || houdbaar.isNegative() ? null
                : Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(houdbaar).build();
    }

    /** The verification of the gemeente's grootboek as it stands; joins one already running for the same head. */
    public Verificatie verifieer(String gemeente, int controlepunten, Supplier<Verificatie> verificatie) {
        Sleutel sleutel = grootboek.kop(gemeente)
                .map(kop -> new Sleutel(gemeente, kop.aantal(), kop.hoofdHash(), controlepunten))
                .orElse(new Sleutel(gemeente, 0, "", controlepunten));
        Verificatie eerder = bewaard == null ? null : bewaard.getIfPresent(sleutel);
        if (eerder != null) {
            return eerder;
        }
        CompletableFuture<Verificatie> mijn = new CompletableFuture<>();
        CompletableFuture<Verificatie> gedeeld = lopend.putIfAbsent(sleutel, mijn);
        if (gedeeld != null) {
            try {
                return gedeeld.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException fout ? fout : e;
            }
        }
        try {
            Verificatie uitkomst = verificatie.get();
            if (bewaard != null) {
                bewaard.put(sleutel, uitkomst);
            }
            mijn.complete(uitkomst);
            return uitkomst;
        } catch (RuntimeException | Error fout) {
            mijn.completeExceptionally(fout);
            throw fout;
        } finally {
            lopend.remove(sleutel, mijn);
        }
    }

    /** How many verifications are running now (for tests). */
    public int lopend() {
        return lopend.size();
    }
}
