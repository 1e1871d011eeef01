package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.MaakAfspraak;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * SMART or it is not a contract (nota HLT Samen Verder, aanbeveling V; kader Heemstede–Bloemendaal 2019): Specifiek (an
 * indicator), Meetbaar (an eenheid, a numeric streefwaarde and a bron the figure comes from), Tijdgebonden (a
 * meetmoment within or after the begrotingsjaar). Acceptabel (agreed by a concerned college, rule
 * {@code opdracht.alleen-betrokken-gemeente}) and Realistisch (hours committed, rule {@code smart.realistisch}) depend
 * on the opdracht and are checked by it.
 */
final class SmartRegels {

    private static final BigDecimal GROOTSTE_STREEFWAARDE = new BigDecimal("1E15");

    private SmartRegels() {
    }

    static void controleer(MaakAfspraak afspraak, int begrotingsjaar) {
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "indicator", afspraak.indicator(), 500);
        Invoerregels.verplichteTekst(fouten, "eenheid", afspraak.eenheid(), 100);
        streefwaarde(fouten, afspraak.streefwaarde());
        meetmoment(fouten, afspraak.meetmoment(), begrotingsjaar);
        Invoerregels.verplichteTekst(fouten, "bron", afspraak.bron(), 500);
        fouten.gooiAlsNodig();
    }

    /** Meetbaar: a number, not absurdly large. */
    static void streefwaarde(Foutenlijst fouten, BigDecimal streefwaarde) {
        if (streefwaarde == null) {
            fouten.voegToe("streefwaarde", "is verplicht: een getal (Meetbaar)");
        } else if (streefwaarde.abs().compareTo(GROOTSTE_STREEFWAARDE) >= 0) {
            fouten.voegToe("streefwaarde", "is te groot");
        }
    }

    /** Tijdgebonden: a meetmoment within or after the begrotingsjaar, and not after the last valid year. */
    static void meetmoment(Foutenlijst fouten, LocalDate meetmoment, int begrotingsjaar) {
        if (meetmoment == null) {
            fouten.voegToe("meetmoment", "is verplicht: de datum waarop gemeten wordt (Tijdgebonden)");
        } else if (meetmoment.isBefore(LocalDate.of(begrotingsjaar, 1, 1))) {
            fouten.voegToe("meetmoment", "ligt vóór het begrotingsjaar " + begrotingsjaar);
        } else if (meetmoment.getYear() > Invoerregels.LAATSTE_JAAR) {
            fouten.voegToe("meetmoment", "ligt na " + Invoerregels.LAATSTE_JAAR);
        }
    }
}
