package nl.samenboek.domain.toerekening;

import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.samenwerking.Verdeelsleutel;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which gemeente an opdracht's hours count for (docs/groeimodel.md): maatwerk wholly for its
 * gemeente; joint standaard work by the toezegging's own verdeling when it has one, else by the verdeelsleutel among
 * the opdracht's gemeenten. Costs follow the hours; they are insight, never an invoice (BTW; kader Heemstede–Bloemendaal 2019).
 */
public final class Toerekening {

    private Toerekening() {
    }

    /**
     * @param verdeling the toezegging's own split, or null
     * @param sleutel   the verdeelsleutel in force (on 1 January of the toezegging's jaar, or on the registration date)
     */
    public static Map<String, BigDecimal> verdeel(BigDecimal uren, Soort soort, List<String> gemeenten,
                                                  Map<String, BigDecimal> verdeling, Verdeelsleutel sleutel) {
        if (gemeenten.size() == 1 || soort == Soort.MAATWERK) {
            return Map.of(gemeenten.get(0), uren.setScale(2));
        }
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        if (verdeling != null) {
            gemeenten.forEach(g -> gewichten.put(g, verdeling.getOrDefault(g, BigDecimal.ZERO)));
        } else {
            gemeenten.forEach(g -> gewichten.put(g, sleutel == null ? BigDecimal.ONE : sleutel.gewicht(g)));
        }
        if (gewichten.values().stream().allMatch(w -> w.signum() == 0)) {
            // no weight at all (a verdeling of zero hours, or a key that gives none of these gemeenten a share): equal parts
            gemeenten.forEach(g -> gewichten.put(g, BigDecimal.ONE));
        }
        return Verdeling.verdeel(uren, gewichten);
    }
}
