package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.MeldResultaat;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.RegistreerUren;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;
import nl.samenboek.messages.opdracht.ZegUrenToe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Readable test data for opdrachten: requests, the events of opdrachten in a given phase, and the directie's commands.
 * For requests that differ in a field, see {@link AanvraagBouwer}; for afspraken, {@link AfspraakBouwer}.
 */
public final class OpdrachtMother {

    public static final OpdrachtId ID = OpdrachtId.van("5f0c1c9e-0000-4000-8000-000000000001");
    public static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    private OpdrachtMother() {
    }

    /** Lisse asks, for itself only, standaard work. */
    public static VraagOpdrachtAan aanvraagVanLisse() {
        return AanvraagBouwer.vanLisse().bouw();
    }

    /** Hillegom asks on behalf of all three: a joint opdracht that needs Lisse's and Teylingen's signatures. */
    public static VraagOpdrachtAan gezamenlijkeAanvraag() {
        return AanvraagBouwer.vanLisse().door("hillegom").voor("hillegom", "lisse", "teylingen")
                .metTitel("Gezamenlijke omgevingsvisie").metOmschrijving("Eén omgevingsvisie voor de drie gemeenten.")
                .metGeraamdeUren("800").metProgramma(null).metAanbevelingen().bouw();
    }

    public static VraagOpdrachtAan maatwerkVoorTeylingen() {
        return maatwerkVanTeylingen().bouw();
    }

    /** Teylingen asks maatwerk for itself, to vary per test. */
    public static AanvraagBouwer maatwerkVanTeylingen() {
        return AanvraagBouwer.vanLisse().door("teylingen").voor("teylingen").metSoort(Soort.MAATWERK)
                .metTitel("Dorpsvisie Voorhout").metOmschrijving("Een visie op de kern Voorhout.")
                .metGeraamdeUren("200").metProgramma(null).metAanbevelingen();
    }

    /** The event an aanvraag leads to: gemeenten and aanbevelingen in order. */
    public static OpdrachtAangevraagd aangevraagd(VraagOpdrachtAan aanvraag) {
        return new OpdrachtAangevraagd(aanvraag.opdrachtId(), aanvraag.aanvrager(), aanvraag.gemeenten().stream().sorted().toList(),
                aanvraag.titel(), aanvraag.omschrijving(), aanvraag.categorie(), aanvraag.soort(), aanvraag.taakveld(),
                aanvraag.team(), aanvraag.begrotingsjaar(), aanvraag.geraamdeUren(), aanvraag.programma(),
                aanvraag.aanbevelingen() == null ? List.of() : aanvraag.aanbevelingen().stream().sorted().toList(),
                aanvraag.herkomst(), aanvraag.opleverdatum());
    }

    public static OpdrachtAangevraagd aangevraagdDoorLisse() {
        return aangevraagd(aanvraagVanLisse());
    }

    public static OpdrachtAangevraagd gezamenlijkAangevraagd() {
        return aangevraagd(gezamenlijkeAanvraag());
    }

    public static OpdrachtMedeondertekend medeondertekendDoor(String gemeente) {
        return new OpdrachtMedeondertekend(ID, gemeente, DRIE);
    }

    public static OpdrachtAanvaard aanvaard(List<String> gemeenten) {
        return new OpdrachtAanvaard(ID, gemeenten);
    }

    public static UrenToegezegd toegezegd(List<String> gemeenten, int jaar, String uren) {
        return new UrenToegezegd(ID, jaar, new BigDecimal(uren), null, gemeenten);
    }

    /** The directie commits hours for a jaar, split by the verdeelsleutel. */
    public static ZegUrenToe toezegging(int jaar, String uren) {
        return new ZegUrenToe(ID, jaar, new BigDecimal(uren), null, null, null);
    }

    /** The directie commits hours for a jaar with its own split over the gemeenten. */
    public static ZegUrenToe toezeggingVerdeeld(int jaar, String uren, Map<String, BigDecimal> verdeling) {
        return new ZegUrenToe(ID, jaar, new BigDecimal(uren), verdeling, null, null);
    }

    /** The directie commits hours beyond the werkplan's plannable capacity, with its reason. */
    public static ZegUrenToe toezeggingMetOverschrijding(int jaar, String uren, String reden) {
        return new ZegUrenToe(ID, jaar, new BigDecimal(uren), null, reden, null);
    }

    public static RegistreerUren registratie(LocalDate datum, String uren, String medewerker) {
        return new RegistreerUren(ID, datum, uren == null ? null : new BigDecimal(uren), medewerker, null);
    }

    /** The directie reports the measured value of an output afspraak, without toelichting. */
    public static MeldResultaat realisatie(String afspraak, String waarde, LocalDate peildatum) {
        return new MeldResultaat(ID, Resultaatniveau.OUTPUT, afspraak, new BigDecimal(waarde), peildatum, null, null);
    }

    /** The directie reports the measured value of an outcome afspraak, with a toelichting. */
    public static MeldResultaat rapportage(String afspraak, String waarde, LocalDate peildatum, String toelichting) {
        return new MeldResultaat(ID, Resultaatniveau.OUTCOME, afspraak, new BigDecimal(waarde), peildatum, toelichting, null);
    }
}
