package nl.samenboek.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code target/bench/curve.svg}: w1, w2 and w5 at the small and the default scale side by side, from the latest result
 * of each scale, so the growth of a cost with history shows at a glance: a flat line is what the targets ask.
 */
final class Curve {

    private static final int PANEEL_BREEDTE = 260;
    private static final int PANEEL_HOOGTE = 200;
    private static final int MARGE = 40;

    /** One panel: a value of a workload at both scales, and its target. */
    private record Paneel(String titel, String pad, double doel) {
    }

    private static final List<Paneel> PANELEN = List.of(
            new Paneel("w1 commands ÷ raw commits", "/w1/ratio", 0.2),
            new Paneel("w2 rebuild ÷ raw read", "/w2/ratio", 0.15),
            new Paneel("w5 P&C with bekendOp (ms)", "/w5/ms", Double.NaN));

    private Curve() {
    }

    /** The SVG, with whichever scales have a result (null for one that has not run). */
    static String svg(JsonNode klein, JsonNode standaard) {
        List<JsonNode> schalen = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        if (klein != null) {
            schalen.add(klein);
            namen.add("small");
        }
        if (standaard != null) {
            schalen.add(standaard);
            namen.add("default");
        }
        int breedte = PANELEN.size() * (PANEEL_BREEDTE + MARGE) + MARGE;
        int hoogte = PANEEL_HOOGTE + 3 * MARGE;
        StringBuilder beschrijving = new StringBuilder();
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < PANELEN.size(); p++) {
            Paneel paneel = PANELEN.get(p);
            int x0 = MARGE + p * (PANEEL_BREEDTE + MARGE);
            int y0 = MARGE;
            double max = paneel.doel() > 0 && !Double.isNaN(paneel.doel()) ? paneel.doel() * 1.2 : 0;
            for (int i = 0; i < schalen.size(); i++) {
                max = Math.max(max, schalen.get(i).at(paneel.pad()).asDouble() * 1.2);
                if (Double.isNaN(paneel.doel())) {
                    max = Math.max(max, Doelen.van(paneel.pad().split("/")[1], namen.get(i)).grens() * 1.2);
                }
            }
            if (max == 0) {
                max = 1;
            }
            s.append(f("<g><text x='%d' y='%d' font-weight='bold'>%s</text>%n", x0, y0 - 12, xml(paneel.titel())));
            s.append(f("<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>%n", x0, y0, PANEEL_BREEDTE, PANEEL_HOOGTE));
            s.append(f("<text x='%d' y='%d' font-size='11'>%s</text>%n", x0 + 4, y0 + 12, getal(max)));
            if (!Double.isNaN(paneel.doel())) {
                int y = y(paneel.doel(), max, y0);
                s.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#c00' stroke-dasharray='5,4'/>%n", x0, y, x0 + PANEEL_BREEDTE, y));
                s.append(f("<text x='%d' y='%d' font-size='11' fill='#c00'>target %s</text>%n", x0 + PANEEL_BREEDTE - 80, y - 4,
                        getal(paneel.doel())));
            }
            String vorige = null;
            beschrijving.append(paneel.titel()).append(':');
            for (int i = 0; i < schalen.size(); i++) {
                double waarde = schalen.get(i).at(paneel.pad()).asDouble();
                int x = x0 + (i + 1) * PANEEL_BREEDTE / 3;
                int y = y(waarde, max, y0);
                if (vorige != null) {
                    s.append(f("<line %s x2='%d' y2='%d' stroke='#01689b' stroke-width='2'/>%n", vorige, x, y));
                }
                vorige = f("x1='%d' y1='%d'", x, y);
                if (Double.isNaN(paneel.doel())) { // a target per scale (w5): a short dash at each point
                    int doel = y(Doelen.van(paneel.pad().split("/")[1], namen.get(i)).grens(), max, y0);
                    s.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#c00' stroke-dasharray='4,3'/>%n", x - 30, doel, x + 30, doel));
                    s.append(f("<text x='%d' y='%d' font-size='11' fill='#c00'>target %s</text>%n", x + 32, doel + 4,
                            getal(Doelen.van(paneel.pad().split("/")[1], namen.get(i)).grens())));
                }
                s.append(f("<circle cx='%d' cy='%d' r='5' fill='#01689b'/>%n", x, y));
                s.append(f("<text x='%d' y='%d' font-size='12' text-anchor='middle'>%s</text>%n", x, y - 9, getal(waarde)));
                s.append(f("<text x='%d' y='%d' font-size='12' text-anchor='middle'>%s</text>%n", x, y0 + PANEEL_HOOGTE + 16, namen.get(i)));
                s.append(f("<text x='%d' y='%d' font-size='10' text-anchor='middle'>%,d events</text>%n", x, y0 + PANEEL_HOOGTE + 30,
                        schalen.get(i).path("events").asLong()));
                beschrijving.append(' ').append(namen.get(i)).append(' ').append(getal(waarde));
            }
            beschrijving.append(". ");
            s.append("</g>\n");
        }
        return f("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' role='img' aria-labelledby='titel beschrijving' "
                        + "font-family='sans-serif'>%n<title id='titel'>samenboek benchmarks by scale</title>%n"
                        + "<desc id='beschrijving'>%s</desc>%n<rect width='100%%' height='100%%' fill='white'/>%n%s</svg>%n",
                breedte, hoogte, xml(beschrijving.toString().strip()), s);
    }

    private static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int y(double waarde, double max, int y0) {
        return y0 + PANEEL_HOOGTE - (int) Math.round(Math.min(waarde, max) / max * (PANEEL_HOOGTE - 20));
    }

    private static String getal(double waarde) {
        return waarde >= 100 ? String.format(Locale.ROOT, "%,.0f", waarde) : String.format(Locale.ROOT, "%.3f", waarde)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String f(String vorm, Object... waarden) {
        return String.format(Locale.ROOT, vorm, waarden);
    }
}
