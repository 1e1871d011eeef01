package nl.samenboek.domain.budget;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.messages.budget.StelBudgetVast;
import nl.samenboek.messages.fout.Foutenlijst;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A budget: a gemeente of the samenwerking, a jaar, a bijdrage in euro (0 or more, in cents) and optionally budget lines,
 * each a lower-case code with a fraction of the bijdrage, the fractions together exactly 1.
 */
final class Budgetregels {

    /** A sanity limit: a billion euro. */
    static final BigDecimal HOOGSTE_BIJDRAGE = new BigDecimal("1000000000");
    static final int MEESTE_LIJNEN = 20;
    private static final Pattern LIJNCODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int DECIMALEN_BREUK = 6;

    private Budgetregels() {
    }

    static void controleer(StelBudgetVast budget, Gemeenteregister register) {
        Foutenlijst fouten = new Foutenlijst();
        fouten.als(!register.isBekend(budget.gemeente()), "gemeente", "is geen gemeente van de samenwerking");
        Invoerregels.jaar(fouten, "jaar", budget.jaar(), Invoerregels.EERSTE_JAAR);
        BigDecimal bijdrage = budget.bijdrage();
        if (bijdrage == null) {
            fouten.voegToe("bijdrage", "is verplicht: euro");
        } else if (bijdrage.signum() < 0 || bijdrage.compareTo(HOOGSTE_BIJDRAGE) > 0 || bijdrage.stripTrailingZeros().scale() > 2) {
            fouten.voegToe("bijdrage", "euro, van 0 tot " + HOOGSTE_BIJDRAGE.toPlainString() + ", in centen");
        }
        if (budget.budgetlijnen() != null) {
            lijnen(fouten, budget.budgetlijnen());
        }
        fouten.gooiAlsNodig();
    }

    private static void lijnen(Foutenlijst fouten, Map<String, BigDecimal> lijnen) {
        if (lijnen.isEmpty() || lijnen.size() > MEESTE_LIJNEN) {
            fouten.voegToe("budgetlijnen", "laat weg, of noem 1 tot " + MEESTE_LIJNEN + " budgetlijnen");
            return;
        }
        BigDecimal som = BigDecimal.ZERO;
        boolean allesGeldig = true;
        for (Map.Entry<String, BigDecimal> lijn : new TreeMap<>(lijnen).entrySet()) {
            if (!LIJNCODE.matcher(lijn.getKey()).matches()) {
                fouten.voegToe("budgetlijnen", "de naam van een budgetlijn is een code in kleine letters, cijfers en streepjes "
                        + "(hoogstens 40 tekens), zoals standaardpakket, klussen of reserve");
                allesGeldig = false;
                continue;
            }
            BigDecimal breuk = lijn.getValue();
            String veld = "budgetlijnen." + lijn.getKey();
            if (breuk == null) {
                fouten.voegToe(veld, "is verplicht: een breuk van de bijdrage");
                allesGeldig = false;
            } else if (breuk.signum() < 0 || breuk.compareTo(BigDecimal.ONE) > 0 || breuk.stripTrailingZeros().scale() > DECIMALEN_BREUK) {
                fouten.voegToe(veld, "een breuk van 0 tot en met 1, met hoogstens " + DECIMALEN_BREUK + " decimalen");
                allesGeldig = false;
            } else {
                som = som.add(breuk);
            }
        }
        if (allesGeldig && som.compareTo(BigDecimal.ONE) != 0) {
            fouten.voegToe("budgetlijnen", "de breuken tellen op tot " + som.toPlainString() + ", niet tot precies 1");
        }
    }
}
