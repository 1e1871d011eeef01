package nl.samenboek.projections.pcdocument;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

/** The P&C documents a gemeente's raad receives, each with what it is for. */
public enum Documentsoort implements Code {
    BEGROTING("begroting", "Begroting",
            "De begroting plant: per opdracht de geraamde en de toegezegde uren (het inputcontract) voor het jaar. "
                    + "Een toezegging die meer dan 10 % van de raming afwijkt, staat onder Afwijkingen."),
    VOORJAARSNOTA("voorjaarsnota", "Voorjaarsnota",
            "De voorjaarsnota rapporteert de realisatie tot de peildatum: bestede uren tegen het deel van de toezegging dat "
                    + "naar rato van het verstreken jaar verwacht mocht worden, en gemeten resultaten tegen hun streefwaarde. "
                    + "Elke afwijking van meer dan 10 % staat onder Afwijkingen, met haar toelichting."),
    NAJAARSNOTA("najaarsnota", "Najaarsnota (bestuursrapportage)",
            "De najaarsnota rapporteert de realisatie tot de peildatum: bestede uren tegen het deel van de toezegging dat "
                    + "naar rato van het verstreken jaar verwacht mocht worden, en gemeten resultaten tegen hun streefwaarde. "
                    + "Elke afwijking van meer dan 10 % staat onder Afwijkingen, met haar toelichting."),
    JAARREKENING("jaarrekening", "Jaarrekening",
            "De jaarrekening legt verantwoording af over het hele jaar: bestede uren tegen de toezegging en gemeten "
                    + "resultaten tegen hun streefwaarde. Elke afwijking van meer dan 10 % staat onder Afwijkingen.");

    private final String code;
    private final String naam;
    private final String doel;

    Documentsoort(String code, String naam, String doel) {
        this.code = code;
        this.naam = naam;
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

    public String doel() {
        return doel;
    }
}
