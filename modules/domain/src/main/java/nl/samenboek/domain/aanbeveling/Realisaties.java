package nl.samenboek.domain.aanbeveling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which stappen of a recommendation are realised, for the recommendation as a whole or, for one followed per gemeente,
 * for each gemeente (docs/uitvoeringsagenda.md, steps). A stap realised without naming a gemeente is realised for every
 * gemeente. The recommendation is realised when every stap is, for every gemeente.
 */
final class Realisaties {

    private final int aantalStappen;
    private final Set<Integer> voorAlle = new HashSet<>();
    private final Map<String, Set<Integer>> perGemeente = new HashMap<>();

    Realisaties(int aantalStappen) {
        this.aantalStappen = aantalStappen;
    }

    int aantalStappen() {
        return aantalStappen;
    }

    boolean bestaat(int stap) {
        return stap >= 1 && stap <= aantalStappen;
    }

    /** @param stap null for a melding from before steps existed: it realised the whole recommendation */
    void realiseer(Integer stap, String gemeente) {
        List<Integer> stappen = stap == null ? alleStappen() : List.of(stap);
        (gemeente == null ? voorAlle : perGemeente.computeIfAbsent(gemeente, g -> new HashSet<>())).addAll(stappen);
    }

    /** Whether the stap is realised for the gemeente; with {@code gemeente} null, for each of {@code gemeenten}. */
    boolean isGerealiseerd(int stap, String gemeente, List<String> gemeenten) {
        if (voorAlle.contains(stap)) {
            return true;
        }
        if (gemeente != null) {
            return perGemeente.getOrDefault(gemeente, Set.of()).contains(stap);
        }
        return !gemeenten.isEmpty() && gemeenten.stream().allMatch(g -> perGemeente.getOrDefault(g, Set.of()).contains(stap));
    }

    /** The earliest stap not yet realised for the gemeente (or, with null, for each of the gemeenten); empty when none is left. */
    Optional<Integer> eersteOpen(String gemeente, List<String> gemeenten) {
        return alleStappen().stream().filter(s -> !isGerealiseerd(s, gemeente, gemeenten)).findFirst();
    }

    boolean allesGerealiseerd(List<String> gemeenten) {
        return eersteOpen(null, gemeenten).isEmpty();
    }

    private List<Integer> alleStappen() {
        return IntStream.rangeClosed(1, aantalStappen).boxed().toList();
    }
}
