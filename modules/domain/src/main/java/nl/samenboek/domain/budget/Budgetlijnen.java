package nl.samenboek.domain.budget;

import nl.samenboek.domain.toerekening.Verdeling;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Soort;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The budget lines of a bijdrage (docs/pc-documenten.md, budget): what each line amounts to, and which line an
 * opdracht's work is charged to. BUCH's dienstverleningsovereenkomsten (Berenschot 2019) divide a gemeente's capacity
 * into 80 % standaardpakket, 10 % klussenbudget (projects) and 10 % spare time for the unforeseen; work above that is
 * paid extra ("aanvullende vergoeding"), which the documents show as meerwerk.
 */
public final class Budgetlijnen {

    public static final String STANDAARDPAKKET = "standaardpakket";
    public static final String KLUSSEN = "klussen";
    public static final String RESERVE = "reserve";

    private Budgetlijnen() {
    }

    /**
     * Each line's amount: the bijdrage split by the fractions to the cent, with the largest-remainder method, so the
     * amounts add up to the bijdrage exactly. Empty without lines.
     */
    public static Map<String, BigDecimal> bedragen(BigDecimal bijdrage, Map<String, BigDecimal> lijnen) {
        if (lijnen == null || lijnen.isEmpty()) {
            return Map.of();
        }
        return new TreeMap<>(Verdeling.verdeel(bijdrage.setScale(2), lijnen));
    }

    /**
     * The line an opdracht's work is charged to, among the budget's lines; null when the budget has none:
     * <ol>
     *     <li>a crisis is unforeseen work: the line {@value #RESERVE}, when there is one (BUCH's spare time "voor
     *     onvoorziene zaken");</li>
     *     <li>maatwerk is a gemeente's own project: the line {@value #KLUSSEN}, when there is one (BUCH's klussenbudget);</li>
     *     <li>everything else, and whatever has no line of its own, goes to the standard line: {@value #STANDAARDPAKKET}
     *     when there is one, else the largest of the other lines (ties: the first name).</li>
     * </ol>
     */
    public static String lijnVoor(Soort soort, Categorie categorie, Map<String, BigDecimal> lijnen) {
        if (lijnen == null || lijnen.isEmpty()) {
            return null;
        }
        if (categorie == Categorie.CRISIS && lijnen.containsKey(RESERVE)) {
            return RESERVE;
        }
        if (soort == Soort.MAATWERK && lijnen.containsKey(KLUSSEN)) {
            return KLUSSEN;
        }
        return standaardlijn(lijnen);
    }

    /** {@value #STANDAARDPAKKET}, else the largest line that is not klussen or reserve (ties: the first name), else the largest. */
    public static String standaardlijn(Map<String, BigDecimal> lijnen) {
        if (lijnen.containsKey(STANDAARDPAKKET)) {
            return STANDAARDPAKKET;
        }
        Comparator<Map.Entry<String, BigDecimal>> grootste = Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        return new TreeMap<>(lijnen).entrySet().stream().filter(l -> !l.getKey().equals(KLUSSEN) && !l.getKey().equals(RESERVE))
                .min(grootste)
                .or(() -> new TreeMap<>(lijnen).entrySet().stream().min(grootste))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** Whether two budgets are the same amounts, whatever their notation (100 and 100.00; 0.8 and 0.80). */
    static boolean zelfde(BigDecimal bijdrage, Map<String, BigDecimal> lijnen, BigDecimal andereBijdrage, Map<String, BigDecimal> andereLijnen) {
        if (bijdrage.compareTo(andereBijdrage) != 0 || !lijnen.keySet().equals(andereLijnen.keySet())) {
            return false;
        }
        return lijnen.entrySet().stream().allMatch(l -> Objects.requireNonNull(andereLijnen.get(l.getKey())).compareTo(l.getValue()) == 0);
    }
}
