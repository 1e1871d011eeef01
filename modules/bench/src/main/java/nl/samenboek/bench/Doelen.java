package nl.samenboek.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The targets of docs/performance.md: goals the benchmark prints with whether they are met, not tests. Two of them
 * compare scales: a ratio measured at the default scale against the same ratio at the small scale, each against its
 * own same-run baseline, so the cost of a command or an event does not grow with history.
 */
final class Doelen {

    /** The workloads in the order they are reported. */
    static final List<String> WERKLASTEN = List.of("w1", "w2", "w3", "w4", "w5", "w6");

    /** A target on one value of one workload's results. */
    record Doel(String veld, String vergelijking, double grens) {

        String tekst() {
            return veld + " " + vergelijking + " " + (grens == Math.rint(grens) ? String.valueOf((long) grens) : String.valueOf(grens));
        }

        boolean gehaald(JsonNode waarden) {
            if (!waarden.has(veld)) {
                return false;
            }
            double waarde = waarden.path(veld).asDouble();
            return vergelijking.equals(">=") ? waarde >= grens : waarde <= grens;
        }
    }

    /** A ratio that must stay at least {@code grens} from the small to the default scale. */
    record Schaaldoel(String werklast, double grens) {
    }

    static final List<Schaaldoel> SCHAALDOELEN = List.of(new Schaaldoel("w1", 0.9), new Schaaldoel("w2", 0.8));

    private Doelen() {
    }

    static Doel van(String werklast, String schaal) {
        Map<String, Doel> doelen = Map.of(
                "w1", new Doel("ratio", ">=", 0.2),
                "w2", new Doel("ratio", ">=", 0.15),
                "w3", new Doel("ratio", ">=", 0.5),
                "w4", new Doel("p99Ms", "<=", 25),
                "w5", new Doel("ms", "<=", schaal.equals("small") ? 100 : 500),
                "w6", new Doel("ratio", ">=", 0.1));
        return doelen.get(werklast);
    }

    /** Puts the target and whether it is met into a workload's results. */
    static void beoordeel(ObjectNode werklast, String naam, String schaal) {
        Doel doel = van(naam, schaal);
        werklast.put("target", doel.tekst());
        werklast.put("met", doel.gehaald(werklast));
    }

    /**
     * The scale targets, when both scales have a result: {@code {"w1": {"small": r, "default": r, "ratio": d/s,
     * "target": ">= 0.9", "met": true}, ...}}; empty when one scale has not run yet.
     */
    static ObjectNode schalen(JsonNode klein, JsonNode standaard, ObjectNode uit) {
        if (klein == null || standaard == null) {
            return uit;
        }
        for (Schaaldoel doel : SCHAALDOELEN) {
            double s = klein.at("/" + doel.werklast() + "/ratio").asDouble();
            double d = standaard.at("/" + doel.werklast() + "/ratio").asDouble();
            ObjectNode n = uit.putObject(doel.werklast());
            n.put("small", s);
            n.put("default", d);
            n.put("smallMeasuredAt", klein.path("measuredAt").asText());
            n.put("defaultMeasuredAt", standaard.path("measuredAt").asText());
            double verhouding = s == 0 ? 0 : Math.round(d / s * 1000) / 1000.0;
            n.put("ratio", verhouding);
            n.put("target", "default ÷ small >= " + doel.grens());
            n.put("met", verhouding >= doel.grens());
        }
        return uit;
    }
}
