package nl.samenboek.projections.groeimodel;

import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.projections.opdracht.OpdrachtDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes the groeimodel of a jaar from a {@link Jaarstand}. Hours are the toegezegde uren of that jaar attributed to
 * the gemeente; an opdracht counts at its niveau when it has a toezegging for the jaar, else as {@code geen}.
 */
public final class Groeimodelberekening {

    /** Nota HLT Samen Verder, "Tot slot": an interim evaluation in the second half of 2028 and one at the end of 2030. */
    static final List<Groeimodel.Evaluatiemoment> EVALUATIEMOMENTEN = List.of(
            new Groeimodel.Evaluatiemoment("2e helft 2028", LocalDate.of(2028, 12, 31),
                    "tussentijds beoordelen of we op koers liggen (nota HLT Samen Verder, regel 166)"),
            new Groeimodel.Evaluatiemoment("eind 2030", LocalDate.of(2030, 12, 31),
                    "evaluatie aan het eind van de lange termijn opdracht (nota HLT Samen Verder, regel 166)"));

    private Groeimodelberekening() {
    }

    public static Groeimodel bereken(Jaarstand stand, String gemeente, Groeimodelnormen normen) {
        Map<Niveau, Telling> totaal = leeg();
        Map<String, Map<Niveau, Telling>> perCategorie = new TreeMap<>();
        Map<String, Map<Niveau, Telling>> perTeam = new TreeMap<>();
        for (OpdrachtDocument opdracht : stand.opdrachten()) {
            boolean telt = opdracht.getStatus() != OpdrachtStatus.AFGEWEZEN && opdracht.getStatus() != OpdrachtStatus.INGETROKKEN
                    && (gemeente == null || opdracht.betreft(gemeente))
                    && (opdracht.getBegrotingsjaar() == stand.jaar() || opdracht.toezegging(stand.jaar()).isPresent());
            if (!telt) {
                continue;
            }
            Map<String, BigDecimal> delen = stand.toegezegd(opdracht);
            BigDecimal uren = gemeente == null
                    ? delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : delen.getOrDefault(gemeente, BigDecimal.ZERO);
            Niveau niveau = opdracht.toezegging(stand.jaar()).isPresent() ? opdracht.niveau() : Niveau.GEEN;
            totaal.get(niveau).tel(uren);
            perCategorie.computeIfAbsent(opdracht.getCategorie().code(), c -> leeg()).get(niveau).tel(uren);
            perTeam.computeIfAbsent(opdracht.getTeam(), t -> leeg()).get(niveau).tel(uren);
        }
        Groeimodel.Niveauverdeling geheel = verdeling(totaal);
        List<Groeimodel.Mijlpaalstand> mijlpalen = List.of(
                mijlpaal(2025, Niveau.INPUT, normen.input(), totaal),
                mijlpaal(2027, Niveau.OUTPUT, normen.output(), totaal),
                mijlpaal(2030, Niveau.OUTCOME, normen.outcome(), totaal));
        return new Groeimodel(gemeente, stand.jaar(), stand.peilmoment().datum(), stand.peilmoment().bekendOp(), geheel.niveaus(),
                geheel.totaalUren(), geheel.aandeelOutput(), geheel.aandeelOutcome(), mijlpalen, EVALUATIEMOMENTEN,
                omzetten(perCategorie, Groeimodelberekening::verdeling), omzetten(perTeam, Groeimodelberekening::verdeling));
    }

    /** The share of hours at niveau {@code minstens} or higher, rounded to four decimals. */
    static BigDecimal aandeel(Map<Niveau, Telling> tellingen, Niveau minstens) {
        BigDecimal geheel = tellingen.values().stream().map(t -> t.uren).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (geheel.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal deel = tellingen.entrySet().stream().filter(e -> e.getKey().minstens(minstens))
                .map(e -> e.getValue().uren).reduce(BigDecimal.ZERO, BigDecimal::add);
        return deel.divide(geheel, 4, RoundingMode.HALF_EVEN);
    }

    private static Groeimodel.Mijlpaalstand mijlpaal(int jaar, Niveau niveau, BigDecimal norm, Map<Niveau, Telling> tellingen) {
        BigDecimal gerealiseerd = aandeel(tellingen, niveau);
        boolean heeftUren = tellingen.values().stream().anyMatch(t -> t.uren.signum() > 0);
        return new Groeimodel.Mijlpaalstand(jaar, niveau.code(), norm, gerealiseerd, heeftUren && gerealiseerd.compareTo(norm) >= 0);
    }

    private static Groeimodel.Niveauverdeling verdeling(Map<Niveau, Telling> tellingen) {
        Map<String, Groeimodel.Niveaustand> niveaus = new LinkedHashMap<>();
        tellingen.forEach((niveau, telling) -> niveaus.put(niveau.code(), new Groeimodel.Niveaustand(telling.uren, telling.opdrachten)));
        BigDecimal geheel = tellingen.values().stream().map(t -> t.uren).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Groeimodel.Niveauverdeling(niveaus, geheel, aandeel(tellingen, Niveau.OUTPUT), aandeel(tellingen, Niveau.OUTCOME));
    }

    private static <V> Map<String, V> omzetten(Map<String, Map<Niveau, Telling>> per, Function<Map<Niveau, Telling>, V> naar) {
        Map<String, V> uit = new TreeMap<>();
        per.forEach((sleutel, tellingen) -> uit.put(sleutel, naar.apply(tellingen)));
        return uit;
    }

    private static Map<Niveau, Telling> leeg() {
        Map<Niveau, Telling> tellingen = new EnumMap<>(Niveau.class);
        for (Niveau niveau : Niveau.values()) {
            tellingen.put(niveau, new Telling());
        }
        return tellingen;
    }

    static final class Telling {
        BigDecimal uren = BigDecimal.ZERO.setScale(2);
        int opdrachten;

        void tel(BigDecimal erbij) {
            uren = uren.add(erbij);
            opdrachten++;
        }
    }
}
