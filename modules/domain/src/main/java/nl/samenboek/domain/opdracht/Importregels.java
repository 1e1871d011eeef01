package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.CorrigeerUren;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.UrenGecorrigeerd;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The command rules an imported event must still satisfy (docs/auditor.md, ontvlechting): a hash-consistent file can
 * still carry an event no command of samenboek would have produced. A registration of hours is checked by the rules of
 * {@link RegistreerUren} as on the day it was booked (a day that had been, more than 0 and at most 24 hours, a
 * pseudonym and not a name), a correction by those of {@link CorrigeerUren}; the 24-hour rule per medewerker per day
 * over every opdracht is checked by the import over the whole file (see {@link #vereisHoogstens24Uur}).
 */
public final class Importregels {

    private Importregels() {
    }

    /** Refuses (OngeldigeInvoer naming the field) an event that its command's rules would have refused on that day. */
    public static void controleer(Object gebeurtenis, LocalDate geboektOp) {
        if (gebeurtenis instanceof UrenGeregistreerd registratie) {
            Registratieregels.controleer(new RegistreerUren(registratie.opdrachtId(), registratie.datum(), registratie.uren(),
                    registratie.medewerker(), null), geboektOp);
        } else if (gebeurtenis instanceof UrenGecorrigeerd correctie) {
            Correctieregels.controleer(new CorrigeerUren(correctie.opdrachtId(), correctie.registratie(), correctie.uren(),
                    correctie.reden(), null));
        }
    }

    /** A person has one day: the hours a medewerker has on a day over every opdracht, as imported, stay at most 24. */
    public static void vereisHoogstens24Uur(Urenregister register, String medewerker, LocalDate datum) {
        Registratieregels.vereisHoogstens24UurPerDag(register, medewerker, datum, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
