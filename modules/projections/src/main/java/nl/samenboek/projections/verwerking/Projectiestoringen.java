package nl.samenboek.projections.verwerking;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which projections cannot apply their events right now, since when and why (docs/reliability.md). A projection's
 * processor reports a batch that failed (a handler refused an event, or MongoDB did not take the writes) and clears it
 * once a batch commits again; health, metrics and the read-your-writes wait read it here.
 */
@Component
public class Projectiestoringen {

    /** @param sinds the first failure of this run of failures; {@code pogingen} counts them */
    public record Storing(Instant sinds, Instant laatste, String fout, long pogingen) {
    }

    private final Map<String, Storing> storingen = new ConcurrentHashMap<>();
    private final Clock klok;

    public Projectiestoringen() {
        this(Clock.systemUTC());
    }

    Projectiestoringen(Clock klok) {
        this.klok = klok;
    }

    public void meld(String projectie, Throwable fout) {
        Instant nu = klok.instant();
        String tekst = beschrijving(fout);
        storingen.merge(projectie, new Storing(nu, nu, tekst, 1),
                (oud, nieuw) -> new Storing(oud.sinds(), nu, tekst, oud.pogingen() + 1));
    }

    public void hersteld(String projectie) {
        if (!storingen.isEmpty()) {
            storingen.remove(projectie);
        }
    }

    public boolean isGestoord(String projectie) {
        return storingen.containsKey(projectie);
    }

    public boolean isLeeg() {
        return storingen.isEmpty();
    }

    /** The current failures by projection name. */
    public Map<String, Storing> actueel() {
        return new TreeMap<>(storingen);
    }

    /**
     * What went wrong, fit for health (which anyone may read): a refused gap in full, otherwise only the kind of failure
     * — a driver's message names hosts and ports.
     */
    private static String beschrijving(Throwable fout) {
        if (fout == null) {
            return "onbekende fout";
        }
        Throwable kern = fout;
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Versievolgorde.GatInVersies gat) {
                return gat.getMessage();
            }
            kern = t;
        }
        return kern.getClass().getSimpleName();
    }
}
