package nl.samenboek.domain.opdracht;

import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAanvaard;
import nl.samenboek.messages.opdracht.OpdrachtId;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;

import java.math.BigDecimal;
import java.util.List;

/** Readable test data for opdrachten: requests and the events of opdrachten in a given phase. */
public final class OpdrachtMother {

    public static final OpdrachtId ID = OpdrachtId.van("5f0c1c9e-0000-4000-8000-000000000001");
    public static final List<String> DRIE = List.of("hillegom", "lisse", "teylingen");

    private OpdrachtMother() {
    }

    /** Lisse asks, for itself only, standaard work. */
    public static VraagOpdrachtAan aanvraagVanLisse() {
        return new VraagOpdrachtAan(ID, "lisse", "Beleidsnotitie bollenteelt", "Een notitie over de bollenteelt en het landschap.",
                List.of("lisse"), Categorie.BELEID, Soort.STANDAARD, "8.1", "ruimte", 2025, new BigDecimal("120"),
                "Ruimte", List.of("V"));
    }

    /** Hillegom asks on behalf of all three: a joint opdracht that needs Lisse's and Teylingen's signatures. */
    public static VraagOpdrachtAan gezamenlijkeAanvraag() {
        return new VraagOpdrachtAan(ID, "hillegom", "Gezamenlijke omgevingsvisie", "Eén omgevingsvisie voor de drie gemeenten.",
                DRIE, Categorie.BELEID, Soort.STANDAARD, "8.1", "ruimte", 2025, new BigDecimal("800"), null, List.of());
    }

    public static VraagOpdrachtAan maatwerkVoorTeylingen() {
        return new VraagOpdrachtAan(ID, "teylingen", "Dorpsvisie Voorhout", "Een visie op de kern Voorhout.",
                List.of("teylingen"), Categorie.BELEID, Soort.MAATWERK, "8.1", "ruimte", 2025, new BigDecimal("200"),
                null, List.of());
    }

    public static OpdrachtAangevraagd aangevraagd(VraagOpdrachtAan aanvraag) {
        return new OpdrachtAangevraagd(aanvraag.opdrachtId(), aanvraag.aanvrager(), aanvraag.gemeenten().stream().sorted().toList(),
                aanvraag.titel(), aanvraag.omschrijving(), aanvraag.categorie(), aanvraag.soort(), aanvraag.taakveld(),
                aanvraag.team(), aanvraag.begrotingsjaar(), aanvraag.geraamdeUren(), aanvraag.programma(),
                aanvraag.aanbevelingen() == null ? List.of() : aanvraag.aanbevelingen().stream().sorted().toList());
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
}
