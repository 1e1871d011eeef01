package nl.samenboek.api.pcdocument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV sheet that opens correctly in Dutch Excel (docs/pc-documenten.md): UTF-8 with a byte order mark, ';' between
 * fields, CRLF line ends, one block per section with its own header row, and no field a spreadsheet would run as a
 * formula. Numbers are written with {@link Opmaak#csvGetal}.
 */
public final class Csvblad {

    private static final String REGEL = "\r\n";

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    /** A block: its header row, its rows, then an empty line. */
    public Csvblad blok(List<String> kop, List<List<String>> rijen) {
        rij(kop);
        rijen.forEach(this::rij);
        csv.append(REGEL);
        return this;
    }

    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void rij(List<String> velden) {
        List<String> veilig = new ArrayList<>();
        for (String veld : velden) {
            veilig.add(veld(veld));
        }
        csv.append(String.join(";", veilig)).append(REGEL);
    }

    /** Quotes where needed, and neutralises a leading =, +, - or @ so a spreadsheet never runs it as a formula. */
    private static String veld(String waarde) {
        String tekst = waarde == null ? "" : waarde;
        if (!tekst.isEmpty() && "=+@".indexOf(tekst.charAt(0)) >= 0 || tekst.startsWith("-") && !tekst.matches("-[0-9,]+")) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            tekst = "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
