package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.fout.Verboden;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;

import java.util.List;

/**
 * Who may act on an opdracht for a college: only the college of a gemeente the opdracht concerns. Checked first, before
 * the versie and the input, so a gemeente that may not act learns 403 and nothing else; a refusal names no gemeente but
 * the caller's own.
 */
final class Betrokkenheid {

    private Betrokkenheid() {
    }

    /** A college asks only for opdrachten that concern its own gemeente. */
    static void vereisEigenGemeente(VraagOpdrachtAan aanvraag) {
        List<String> gemeenten = aanvraag.gemeenten();
        if (gemeenten != null && !gemeenten.isEmpty() && !gemeenten.contains(aanvraag.aanvrager())) {
            throw new Verboden("opdracht.eigen-gemeente-betrokken", "Een college vraagt alleen opdrachten aan waarbij de eigen "
                    + "gemeente (" + aanvraag.aanvrager() + ") betrokken is.");
        }
    }

    /** Only the college of a concerned gemeente agrees afspraken on an opdracht, changes it or withdraws it. */
    static void vereisBetrokken(List<String> gemeenten, String gemeente, String handeling) {
        if (!gemeenten.contains(gemeente)) {
            throw new Verboden("opdracht.alleen-betrokken-gemeente",
                    "Alleen het college van een betrokken gemeente kan deze opdracht " + handeling + ".");
        }
    }

    /** The colleges of the other concerned gemeenten co-sign; the aanvrager signed by asking. */
    static void vereisMedeondertekenaar(List<String> gemeenten, String aanvrager, String gemeente) {
        if (!gemeenten.contains(gemeente)) {
            throw new Verboden("opdracht.alleen-betrokken-gemeente",
                    "Alleen de colleges van de betrokken gemeenten ondertekenen deze opdracht mede.");
        }
        if (gemeente.equals(aanvrager)) {
            throw new Verboden("medeondertekening.niet-door-aanvrager", "Het college van " + aanvrager + " vroeg deze opdracht "
                    + "aan en tekende daarmee; medeondertekenen doen de colleges van de andere betrokken gemeenten.");
        }
    }

    /** A joint opdracht is changed or withdrawn only by the college that asked for it; the others co-sign or refuse. */
    static void vereisAanvrager(List<String> gemeenten, String aanvrager, String gemeente, String handeling) {
        vereisBetrokken(gemeenten, gemeente, handeling);
        if (!gemeente.equals(aanvrager)) {
            throw new Verboden("opdracht.alleen-aanvrager", "Alleen het college dat deze opdracht aanvroeg, kan haar "
                    + handeling + "; de andere betrokken colleges ondertekenen mede of weigeren.");
        }
    }

    /** An afspraak is changed or withdrawn by the college that agreed it (SMART: Acceptabel). */
    static void vereisAfsprekendeGemeente(String afgesprokenDoor, String gemeente, String handeling) {
        if (!afgesprokenDoor.equals(gemeente)) {
            throw new Verboden("afspraak.alleen-afsprekende-gemeente", "Alleen het college dat deze afspraak maakte, kan haar "
                    + handeling + ".");
        }
    }
}
