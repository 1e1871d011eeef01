package nl.samenboek.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** The readable table of a benchmark run, from its results. */
final class Tabel {

    private Tabel() {
    }

    static String van(JsonNode r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("samenboek benchmark — scale %s, %,d events, %d CPUs, heap peak %d MB (max %d MB)%n",
                r.path("scale").asText(), r.path("events").asLong(), r.at("/machine/cpus").asInt(), r.at("/heap/peakMb").asLong(),
                r.at("/heap/maxMb").asLong()));
        t.append(String.format("%-4s %-44s %14s %16s %8s  %-16s %s%n", "", "workload", "value", "baseline", "ratio", "target", "met"));
        regel(t, r, "w1", "commands via HTTP, 16 clients (p50/p99 " + r.at("/w1/p50Ms").asText() + "/" + r.at("/w1/p99Ms").asText() + " ms)");
        regel(t, r, "w2", "rebuild of all projections");
        regel(t, r, "w3", "verification of all grootboeken");
        regel(t, r, "w4", "reads, 16 clients, worst p99");
        for (String eindpunt : new String[] {"groeimodel", "capaciteit", "uitvoeringsagenda", "pcDocument"}) {
            t.append(String.format("     %-43s %14s%n", "  " + eindpunt + " p50/p99 ms",
                    r.at("/w4/" + eindpunt + "/p50Ms").asText() + " / " + r.at("/w4/" + eindpunt + "/p99Ms").asText()));
        }
        regel(t, r, "w5", "P&C document as known at a past instant");
        regel(t, r, "w6", "timesheet of " + r.at("/w6/lines").asText() + " lines (" + r.at("/w6/ms").asText() + " ms) vs JDBC batch");
        t.append(String.format("%-4s %-44s %14s %16s %8s  %-16s %s%n", "heap", "peak", r.at("/heap/peakMb").asText() + " MB", "", "",
                "<= 1024 MB", r.at("/heap/met").asBoolean() ? "yes" : "no"));
        JsonNode schalen = r.path("scales");
        if (schalen.isEmpty()) {
            t.append("scale targets (w1, w2 default ÷ small): run both `make bench SCALE=small` and `make bench`\n");
        }
        schalen.fields().forEachRemaining(doel -> t.append(String.format("%-4s %-44s %14s %16s %8s  %-16s %s%n", doel.getKey(),
                "ratio default ÷ ratio small (" + doel.getValue().path("default").asText() + " ÷ " + doel.getValue().path("small").asText() + ")",
                "", "", doel.getValue().path("ratio").asText(), doel.getValue().path("target").asText().replace("default ÷ small ", ""),
                doel.getValue().path("met").asBoolean() ? "yes" : "no")));
        return t.toString();
    }

    private static void regel(StringBuilder t, JsonNode r, String w, String omschrijving) {
        JsonNode n = r.path(w);
        t.append(String.format("%-4s %-44s %14s %16s %8s  %-16s %s%n", w, omschrijving,
                n.path("value").asText() + " " + kort(n.path("unit").asText()),
                n.has("baseline") ? n.path("baseline").asText() : "",
                n.has("ratio") ? n.path("ratio").asText() : "",
                n.path("target").asText(), n.path("met").asBoolean() ? "yes" : "no"));
    }

    private static String kort(String eenheid) {
        int haakje = eenheid.indexOf(" (");
        return haakje < 0 ? eenheid : eenheid.substring(0, haakje);
    }
}
