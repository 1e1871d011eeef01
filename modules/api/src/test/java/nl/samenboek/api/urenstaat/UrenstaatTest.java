package nl.samenboek.api.urenstaat;

import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.fout.OngeldigeParameter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UrenstaatTest {

    private static byte[] bestand(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private static List<OngeldigeParameter> fouten(String tekst) {
        return catchThrowableOfType(OngeldigeInvoer.class, () -> Urenstaat.lees(bestand(tekst))).parameters();
    }

    @Test
    void leestWatNederlandseExcelSchrijft() {
        List<Urenstaat.Regel> regels = Urenstaat.lees(bestand("\uFEFFdatum;medewerker;opdracht;uren\r\n"
                + "02-03-2026;mw-0042;\"op-1\";7,5\r\n2026-03-03;mw-0042;op-2;8\r\n\r\n"));
        assertThat(regels).containsExactly(
                new Urenstaat.Regel(2, LocalDate.of(2026, 3, 2), "mw-0042", "op-1", new BigDecimal("7.5")),
                new Urenstaat.Regel(3, LocalDate.of(2026, 3, 3), "mw-0042", "op-2", new BigDecimal("8")));
    }

    @Test
    void noemtElkeFouteRegelMetHaarNummerDeKopMeegeteld() {
        List<OngeldigeParameter> fouten = fouten("datum;medewerker;opdracht;uren\n2026-03-02;mw-1;op-1;7\n31-02-2026;mw-1;op-1;7\n"
                + "2026-03-04;;op-1;zeven\n2026-03-05;mw-1;op-1\n");
        assertThat(fouten).extracting(OngeldigeParameter::name).containsExactly("regel 3", "regel 4", "regel 5");
        assertThat(fouten.get(0).reason()).contains("bestaat niet");
        assertThat(fouten.get(1).reason()).contains("medewerker ontbreekt").contains("uren 'zeven'");
        assertThat(fouten.get(2).reason()).contains("4 velden");
    }

    @Test
    void vraagtDeKop() {
        assertThat(fouten("datum,medewerker,opdracht,uren\n2026-03-02,mw-1,op-1,7\n")).extracting(OngeldigeParameter::name)
                .containsExactly("regel 1");
    }

    @Test
    void vraagtTenMinsteEenRegel() {
        assertThat(fouten("datum;medewerker;opdracht;uren\n")).extracting(OngeldigeParameter::name).containsExactly("regel 2");
    }

    @Test
    void weigertMeerDanTienduizendRegels() {
        StringBuilder tekst = new StringBuilder(Urenstaat.KOP).append('\n');
        for (int i = 0; i <= Urenstaat.MAXIMUM_REGELS; i++) {
            tekst.append("2026-03-02;mw-").append(i).append(";op;1\n");
        }
        assertThat(fouten(tekst.toString())).extracting(OngeldigeParameter::name).containsExactly("regel 10002");
    }

    @Test
    void weigertAndereTekensetDanUtf8() {
        byte[] latin1 = "datum;medewerker;opdracht;uren\n2026-03-02;mw-\u00e9;op;1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(OngeldigeInvoer.class, () -> Urenstaat.lees(latin1)).parameters())
                .extracting(OngeldigeParameter::name).containsExactly("bestand");
    }
}
