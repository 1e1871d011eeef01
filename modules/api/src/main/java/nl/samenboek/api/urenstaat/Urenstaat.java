package nl.samenboek.api.urenstaat;

import nl.samenboek.messages.fout.Foutenlijst;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly timesheet as HLTsamen's time-registration system or Dutch Excel writes it: UTF-8 with or without BOM, a
 * header {@code datum;medewerker;opdracht;uren}, fields separated by {@code ;} and optionally in double quotes, dates
 * as {@code jjjj-mm-dd} or {@code dd-mm-jjjj}, hours with a decimal comma or point (docs/api.md, urenstaten). Reading
 * checks only the form of each line; whether the opdracht may take the hours is the domain's to say. Every bad line is
 * named as {@code regel <n>}, counting the header as line 1, so the sender can mend them all at once.
 */
public final class Urenstaat {

    public static final String KOP = "datum;medewerker;opdracht;uren";
    public static final int MAXIMUM_REGELS = 10_000;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NEDERLANDS = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern UREN = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,2})?");

    /** One line of the file: its number (the header is line 1) and its four fields. */
    public record Regel(int nummer, LocalDate datum, String medewerker, String opdracht, BigDecimal uren) {
    }

    private Urenstaat() {
    }

    /** The lines of the file, or {@code OngeldigeInvoer} naming every bad line; nothing half. */
    public static List<Regel> lees(byte[] inhoud) {
        String tekst = alsUtf8(inhoud);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        String[] regels = tekst.split("\r\n|\n|\r", -1);
        Foutenlijst fouten = new Foutenlijst();
        if (regels.length == 0 || !KOP.equals(kop(regels[0]))) {
            fouten.voegToe("regel 1", "de eerste regel is de kop '" + KOP + "'");
            fouten.gooiAlsNodig();
        }
        List<Regel> gelezen = new ArrayList<>();
        int laatste = regels.length;
        while (laatste > 1 && regels[laatste - 1].isBlank()) {
            laatste--;
        }
        if (laatste - 1 > MAXIMUM_REGELS) {
            fouten.voegToe("regel " + (MAXIMUM_REGELS + 2), "een urenstaat heeft hoogstens " + MAXIMUM_REGELS + " regels");
            fouten.gooiAlsNodig();
        }
        for (int i = 1; i < laatste; i++) {
            lees(i + 1, regels[i], fouten).ifPresent(gelezen::add);
        }
        if (gelezen.isEmpty() && fouten.isLeeg()) {
            fouten.voegToe("regel 2", "de urenstaat heeft geen regels onder de kop");
        }
        fouten.gooiAlsNodig();
        return gelezen;
    }

    private static java.util.Optional<Regel> lees(int nummer, String regel, Foutenlijst fouten) {
        String naam = "regel " + nummer;
        String[] velden = regel.split(";", -1);
        if (velden.length != 4) {
            fouten.voegToe(naam, "verwacht 4 velden gescheiden door ';' (datum;medewerker;opdracht;uren), niet " + velden.length);
            return java.util.Optional.empty();
        }
        List<String> redenen = new ArrayList<>();
        LocalDate datum = datum(veld(velden[0]), redenen);
        String medewerker = veld(velden[1]);
        if (medewerker.isEmpty()) {
            redenen.add("medewerker ontbreekt (een pseudoniem uit het medewerkerregister)");
        }
        String opdracht = veld(velden[2]);
        if (opdracht.isEmpty()) {
            redenen.add("opdracht ontbreekt (de id van de opdracht)");
        }
        BigDecimal uren = uren(veld(velden[3]), redenen);
        if (!redenen.isEmpty()) {
            fouten.voegToe(naam, String.join("; ", redenen));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Regel(nummer, datum, medewerker, opdracht, uren));
    }

    private static LocalDate datum(String waarde, List<String> redenen) {
        try {
            Matcher iso = ISO.matcher(waarde);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher nl = NEDERLANDS.matcher(waarde);
            if (nl.matches()) {
                return LocalDate.of(Integer.parseInt(nl.group(3)), Integer.parseInt(nl.group(2)), Integer.parseInt(nl.group(1)));
            }
        } catch (DateTimeException e) {
            redenen.add("datum '" + waarde + "' bestaat niet");
            return null;
        }
        redenen.add("datum '" + waarde + "' is geen datum als jjjj-mm-dd of dd-mm-jjjj");
        return null;
    }

    private static BigDecimal uren(String waarde, List<String> redenen) {
        if (!UREN.matcher(waarde).matches()) {
            redenen.add("uren '" + waarde + "' is geen aantal uren als 7,5 of 7.5");
            return null;
        }
        return new BigDecimal(waarde.replace(',', '.'));
    }

    /** A field without surrounding spaces and without the double quotes Excel may put around it. */
    private static String veld(String ruw) {
        String veld = ruw.strip();
        if (veld.length() >= 2 && veld.startsWith("\"") && veld.endsWith("\"")) {
            veld = veld.substring(1, veld.length() - 1).replace("\"\"", "\"").strip();
        }
        return veld;
    }

    private static String kop(String regel) {
        String[] velden = regel.split(";", -1);
        List<String> namen = new ArrayList<>();
        for (String veld : velden) {
            namen.add(veld(veld).toLowerCase(Locale.ROOT));
        }
        return String.join(";", namen);
    }

    private static String alsUtf8(byte[] inhoud) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            throw new nl.samenboek.messages.fout.OngeldigeInvoer("bestand", "is geen UTF-8; sla de urenstaat op als CSV UTF-8");
        }
    }
}
