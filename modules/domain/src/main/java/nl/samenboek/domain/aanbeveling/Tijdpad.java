package nl.samenboek.domain.aanbeveling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates in a tijdpad of Bijlage I of the nota (docs/uitvoeringsagenda.md, "Deadline rules"): the first dated
 * step (in time) is the deadline, the later ones are mijlpalen. A recommendation with a recurring obligation has no
 * deadline: it is never "done", so a date would make it te-laat for ever.
 */
public final class Tijdpad {

    private static final Map<String, Integer> MAANDEN = Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2),
            Map.entry("maart", 3), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("augustus", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private static final Pattern UITDRUKKING = Pattern.compile(
            "(?<kwartaal>[1-4])e kwartaal (?<kj>\\d{4})"
                    + "|(?<helft>[12])e helft (?<hj>\\d{4})"
                    + "|medio (?<mj>\\d{4})"
                    + "|begin (?<bj>\\d{4})"
                    + "|eind (?<ej>\\d{4})"
                    + "|begroting(?:en)? (?<gj>\\d{4})(?:\\. doorlooptijd (?<duur>\\d+) jaar)?"
                    + "|(?<dag>\\d{1,2}) (?<dm>" + String.join("|", MAANDEN.keySet()) + ") (?<dj>\\d{4})"
                    + "|(?<maand>" + String.join("|", MAANDEN.keySet()) + ") (?<mmj>\\d{4})"
                    + "|(?<jaar>20\\d{2})");

    /** The dates a tijdpad names, earliest first: a deadline and then mijlpalen. */
    public record Data(LocalDate deadline, List<LocalDate> mijlpalen) {
    }

    private Tijdpad() {
    }

    public static Data lees(String tijdpad, boolean terugkerend) {
        if (terugkerend) {
            return new Data(null, List.of());
        }
        TreeSet<LocalDate> data = new TreeSet<>();
        Matcher m = UITDRUKKING.matcher(tijdpad.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group("kwartaal") != null) {
                data.add(YearMonth.of(jaar(m, "kj"), Integer.parseInt(m.group("kwartaal")) * 3).atEndOfMonth());
            } else if (m.group("helft") != null) {
                data.add(YearMonth.of(jaar(m, "hj"), Integer.parseInt(m.group("helft")) * 6).atEndOfMonth());
            } else if (m.group("mj") != null) {
                data.add(LocalDate.of(jaar(m, "mj"), 6, 30));
            } else if (m.group("bj") != null) {
                data.add(LocalDate.of(jaar(m, "bj"), 3, 31));
            } else if (m.group("ej") != null) {
                data.add(LocalDate.of(jaar(m, "ej"), 12, 31));
            } else if (m.group("gj") != null) {
                // a begroting for year Y is adopted in the autumn of Y-1; a doorlooptijd runs to the end of its last budget year
                int begrotingsjaar = jaar(m, "gj");
                data.add(LocalDate.of(begrotingsjaar - 1, 12, 31));
                if (m.group("duur") != null) {
                    data.add(LocalDate.of(begrotingsjaar + Integer.parseInt(m.group("duur")) - 1, 12, 31));
                }
            } else if (m.group("dag") != null) {
                data.add(LocalDate.of(jaar(m, "dj"), MAANDEN.get(m.group("dm")), Integer.parseInt(m.group("dag"))));
            } else if (m.group("maand") != null) {
                data.add(YearMonth.of(jaar(m, "mmj"), MAANDEN.get(m.group("maand"))).atEndOfMonth());
            } else {
                data.add(LocalDate.of(jaar(m, "jaar"), 12, 31));
            }
        }
        List<LocalDate> alle = new ArrayList<>(data);
        return alle.isEmpty() ? new Data(null, List.of()) : new Data(alle.get(0), List.copyOf(alle.subList(1, alle.size())));
    }

    private static int jaar(Matcher m, String groep) {
        return Integer.parseInt(m.group(groep));
    }
}
