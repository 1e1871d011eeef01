package nl.samenboek.projections.pcdocument;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/**
 * The werkorganisatie's own P&C documents: the fourth cycle beside those of the gemeenten (Berenschot 2019: "een extra
 * (vierde) P&C-cyclus"), each with what it is for and which kosten it holds the bijdragen against.
 */
public enum Samenwerkingsdocumentsoort implements Code {
    KADERBRIEF("kaderbrief", "Kaderbrief", Grondslag.TOEGEZEGD,
            "De kaderbrief zet de kaders voor de begroting van de werkorganisatie: per gemeente de bijdrage tegen de kosten van "
                    + "de voor het jaar toegezegde uren, per team de uren, de kosten en de formatie, en per budgetlijn wat resteert. "
                    + "De afrekening is hier een verwachting: het verwachte saldo, verdeeld volgens de verdeelsleutel."),
    BEGROTING("begroting", "Begroting", Grondslag.TOEGEZEGD,
            "De begroting van de werkorganisatie: per gemeente de bijdrage tegen de kosten van de voor het jaar toegezegde uren, "
                    + "per team de uren, de kosten en de formatie, en per budgetlijn wat resteert. De afrekening is hier een "
                    + "verwachting: het verwachte saldo, verdeeld volgens de verdeelsleutel."),
    JAARREKENING("jaarrekening", "Jaarrekening", Grondslag.BESTEED,
            "De jaarrekening van de werkorganisatie legt verantwoording af over het hele jaar: per gemeente de bijdrage tegen de "
                    + "kosten van de bestede uren. De werkorganisatie houdt geen reserve: een overschot gaat terug naar de gemeenten "
                    + "en een tekort wordt bij hen bijgevraagd, beide volgens de verdeelsleutel van 1 januari, tot op de cent.");

    private final String code;
    private final String naam;
    private final Grondslag grondslag;
    private final String doel;

    Samenwerkingsdocumentsoort(String code, String naam, Grondslag grondslag, String doel) {
        this.code = code;
        this.naam = naam;
        this.grondslag = grondslag;
        this.doel = doel;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public Grondslag grondslag() {
        return grondslag;
    }

    public String doel() {
        return doel;
    }
}
