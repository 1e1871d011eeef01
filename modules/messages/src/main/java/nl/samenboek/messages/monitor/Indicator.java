package nl.samenboek.messages.monitor;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.samenboek.messages.Code;

import java.util.Arrays;
import java.util.List;

/**
 * The 3K+S indicators of the monitor (Berenschot 2019: kosten, kwaliteit, kwetsbaarheid and strategische positie; nota
 * HLT Samen Verder: the evaluations of 2028 and 2030), each computed from the ledger only. docs/monitor.md gives every
 * formula with its source; the {@code Monitorberekening} of the projections computes them.
 */
public enum Indicator implements Code {
    KOSTEN_PER_TOEGEZEGD_UUR("kosten-per-toegezegd-uur", Perspectief.KOSTEN, "Kosten per toegezegd uur", Eenheid.EURO_PER_UUR,
            Richting.LAGER_IS_BETER, true,
            "kosten (toegezegde uren × afdelingstarief) ÷ toegezegde uren, in het jaar van de peildatum",
            "toezeggingen (UrenToegezegd) en afdelingstarieven (TariefVastgesteld)"),
    BESTEED_TEGEN_TOEGEZEGD("besteed-tegen-toegezegd", Perspectief.KOSTEN, "Bestede tegen toegezegde uren", Eenheid.FRACTIE,
            Richting.LAGER_IS_BETER, true,
            "bestede uren (registraties met correcties) ÷ toegezegde uren, in het jaar van de peildatum",
            "toezeggingen (UrenToegezegd), urenregistraties (UrenGeregistreerd, UrenGecorrigeerd)"),
    AFSPRAKEN_BEHAALD("afspraken-behaald", Perspectief.KWALITEIT, "Afspraken die hun streefwaarde haalden", Eenheid.FRACTIE,
            Richting.HOGER_IS_BETER, true,
            "output- en outcomeafspraken in werking waarvan het meetmoment in het jaar van de peildatum ligt en niet na de "
                    + "peildatum: het deel waarvan de laatste gemelde waarde de streefwaarde haalt",
            "afspraken (OutputAfgesproken, OutcomeAfgesproken, AfspraakGewijzigd, AfspraakIngetrokken) en resultaten "
                    + "(OutputGerealiseerd, OutcomeGerapporteerd)"),
    TIJDIG_OPGELEVERD("tijdig-opgeleverd", Perspectief.KWALITEIT, "Tijdig opgeleverde opdrachten", Eenheid.FRACTIE,
            Richting.HOGER_IS_BETER, true,
            "opdrachten met een opleverdatum die in het jaar van de peildatum (tot en met de peildatum) zijn afgerond: het deel "
                    + "dat uiterlijk op de opleverdatum was afgerond",
            "aanvragen (OpdrachtAangevraagd: opleverdatum) en afrondingen (OpdrachtAfgerond)"),
    TEAMS_BOVEN_CAPACITEIT("teams-boven-capaciteit", Perspectief.KWETSBAARHEID, "Teams boven hun planbare capaciteit",
            Eenheid.AANTAL, Richting.LAGER_IS_BETER, false,
            "het aantal teams met een werkplan waarvan de toegezegde uren in het jaar van de peildatum de planbare capaciteit "
                    + "(capaciteit min ontwikkeltijd) overschrijden",
            "werkplannen (WerkplanVastgesteld) en toezeggingen (UrenToegezegd)"),
    ONTWIKKELTIJD_GERESPECTEERD("ontwikkeltijd-gerespecteerd", Perspectief.KWETSBAARHEID, "Teams die hun ontwikkeltijd houden",
            Eenheid.FRACTIE, Richting.HOGER_IS_BETER, false,
            "teams met een werkplan in het jaar van de peildatum: het deel waarvan de toegezegde uren binnen capaciteit min "
                    + "ontwikkeltijd (nota: 20 %) blijven",
            "werkplannen (WerkplanVastgesteld) en toezeggingen (UrenToegezegd)"),
    AANDEEL_MAATWERK("aandeel-maatwerk", Perspectief.KWETSBAARHEID, "Aandeel uren voor maatwerk", Eenheid.FRACTIE,
            Richting.LAGER_IS_BETER, true,
            "toegezegde uren voor maatwerkopdrachten ÷ alle toegezegde uren, in het jaar van de peildatum (nota: 80 % standaard, "
                    + "20 % maatwerk)",
            "aanvragen (OpdrachtAangevraagd: soort) en toezeggingen (UrenToegezegd)"),
    AANDEEL_OUTPUT("aandeel-output", Perspectief.STRATEGISCHE_POSITIE, "Aandeel uren gecontracteerd op output of outcome",
            Eenheid.FRACTIE, Richting.HOGER_IS_BETER, true,
            "het aandeelOutput van het groeimodel in het jaar van de peildatum: toegezegde uren van opdrachten met een output- "
                    + "of outcomeafspraak ÷ alle toegezegde uren (mijlpaal 2027)",
            "toezeggingen en afspraken, zoals het groeimodel (docs/groeimodel.md)"),
    AANDEEL_OUTCOME("aandeel-outcome", Perspectief.STRATEGISCHE_POSITIE, "Aandeel uren gecontracteerd op outcome",
            Eenheid.FRACTIE, Richting.HOGER_IS_BETER, true,
            "het aandeelOutcome van het groeimodel in het jaar van de peildatum: toegezegde uren van opdrachten met een "
                    + "outcomeafspraak ÷ alle toegezegde uren (mijlpaal 2030)",
            "toezeggingen en afspraken, zoals het groeimodel (docs/groeimodel.md)"),
    AANBEVELINGEN_GEREALISEERD("aanbevelingen-gerealiseerd", Perspectief.STRATEGISCHE_POSITIE,
            "Aanbevelingen van de uitvoeringsagenda gerealiseerd", Eenheid.FRACTIE, Richting.HOGER_IS_BETER, false,
            "aanbevelingen A–X met status gerealiseerd op de peildatum ÷ de aanbevelingen die niet vervallen zijn",
            "de uitvoeringsagenda (AanbevelingVastgesteld, VoortgangGemeld, UitstelBesloten, VervalBesloten)"),
    AANBEVELINGEN_TE_LAAT("aanbevelingen-te-laat", Perspectief.STRATEGISCHE_POSITIE, "Aanbevelingen te laat", Eenheid.AANTAL,
            Richting.LAGER_IS_BETER, false,
            "het aantal aanbevelingen A–X met status te-laat op de peildatum",
            "de uitvoeringsagenda (AanbevelingVastgesteld, VoortgangGemeld, UitstelBesloten, VervalBesloten)"),
    VERDEELSLEUTEL_AFWIJKING("verdeelsleutel-afwijking", Perspectief.STRATEGISCHE_POSITIE, "Afwijking van de verdeelsleutel",
            Eenheid.FRACTIE, Richting.LAGER_IS_BETER, true,
            "per gemeente |aandeel in de toegezegde uren − verdeelsleutelaandeel| in het jaar van de peildatum; voor de "
                    + "samenwerking de grootste van die afwijkingen",
            "toezeggingen (UrenToegezegd) en de verdeelsleutel (VerdeelsleutelVastgesteld)");

    /** The four perspectives of Berenschot's monitor (3K+S). */
    public enum Perspectief implements Code {
        KOSTEN("kosten"), KWALITEIT("kwaliteit"), KWETSBAARHEID("kwetsbaarheid"), STRATEGISCHE_POSITIE("strategische-positie");

        private final String code;

        Perspectief(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    /** The unit of an indicator, which also bounds its norm. */
    public enum Eenheid implements Code {
        FRACTIE("fractie"), AANTAL("aantal"), EURO_PER_UUR("euro per uur");

        private final String code;

        Eenheid(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    private final String code;
    private final Perspectief perspectief;
    private final String naam;
    private final Eenheid eenheid;
    private final Richting richting;
    private final boolean perGemeente;
    private final String formule;
    private final String bron;

    Indicator(String code, Perspectief perspectief, String naam, Eenheid eenheid, Richting richting, boolean perGemeente,
              String formule, String bron) {
        this.code = code;
        this.perspectief = perspectief;
        this.naam = naam;
        this.eenheid = eenheid;
        this.richting = richting;
        this.perGemeente = perGemeente;
        this.formule = formule;
        this.bron = bron;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public Perspectief perspectief() {
        return perspectief;
    }

    public String naam() {
        return naam;
    }

    public Eenheid eenheid() {
        return eenheid;
    }

    public Richting richting() {
        return richting;
    }

    /** Whether the indicator also has a value per gemeente (else only one for the werkorganisatie as a whole). */
    public boolean perGemeente() {
        return perGemeente;
    }

    public String formule() {
        return formule;
    }

    public String bron() {
        return bron;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Indicator::code).toList();
    }
}
