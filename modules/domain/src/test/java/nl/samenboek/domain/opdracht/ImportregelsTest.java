package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.fout.OngeldigeInvoer;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An imported event passes the rules of the command that makes it, as on the day it was booked. */
class ImportregelsTest {

    private static final OpdrachtId ID = OpdrachtId.van("geimporteerd");
    private static final LocalDate DAG = LocalDate.of(2025, 3, 10);
    private static final List<String> LISSE = List.of("lisse");

    @Test
    void eenGeldigeRegistratieEnCorrectieGaanDoor() {
        assertThatCode(() -> Importregels.controleer(new UrenGeregistreerd(ID, DAG, new BigDecimal("7.5"), "mw-0042", LISSE), DAG))
                .doesNotThrowAnyException();
        assertThatCode(() -> Importregels.controleer(new UrenGecorrigeerd(ID, 4, DAG, "mw-0042", new BigDecimal("7.5"),
                BigDecimal.ZERO, "Dubbel geboekt", LISSE), DAG)).doesNotThrowAnyException();
    }

    @Test
    void eenRegistratieDieGeenOpdrachtZoZouMakenWordtGeweigerd() {
        assertVeld(new UrenGeregistreerd(ID, DAG, new BigDecimal("25"), "mw-0042", LISSE), DAG, "uren");
        assertVeld(new UrenGeregistreerd(ID, DAG, BigDecimal.ZERO, "mw-0042", LISSE), DAG, "uren");
        assertVeld(new UrenGeregistreerd(ID, DAG, BigDecimal.ONE, "Jan de Vries", LISSE), DAG, "medewerker");
        assertVeld(new UrenGeregistreerd(ID, DAG.plusDays(1), BigDecimal.ONE, "mw-0042", LISSE), DAG, "datum");
        assertVeld(new UrenGecorrigeerd(ID, 4, DAG, "mw-0042", BigDecimal.ONE, new BigDecimal("-1"), "Fout", LISSE), DAG, "uren");
        assertVeld(new UrenGecorrigeerd(ID, 4, DAG, "mw-0042", BigDecimal.ONE, BigDecimal.ONE, " ", LISSE), DAG, "reden");
    }

    @Test
    void eenMensHeeftOokInEenImportEenDag() {
        GeheugenUrenregister register = GeheugenUrenregister.leeg()
                .met(ID, 4, DAG, "mw-0042", "16").met(OpdrachtId.van("ander"), 2, DAG, "mw-0042", "8");
        assertThatCode(() -> Importregels.vereisHoogstens24Uur(register, "mw-0042", DAG)).doesNotThrowAnyException();
        register.met(OpdrachtId.van("derde"), 3, DAG, "mw-0042", "0.5");
        assertThatThrownBy(() -> Importregels.vereisHoogstens24Uur(register, "mw-0042", DAG)).isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("24 uur");
    }

    private static void assertVeld(Object gebeurtenis, LocalDate geboektOp, String veld) {
        assertThatThrownBy(() -> Importregels.controleer(gebeurtenis, geboektOp)).isInstanceOfSatisfying(OngeldigeInvoer.class,
                fout -> assertThat(fout.parameters()).extracting(p -> p.name()).contains(veld));
    }
}
