package nl.samenboek.domain.opdracht;

import nl.samenboek.domain.Invoerregels;
import nl.samenboek.domain.gemeente.Gemeenteregister;
import nl.samenboek.domain.taakveld.Iv3Taakvelden;
import nl.samenboek.messages.fout.Foutenlijst;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.Herkomstsoort;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.VraagOpdrachtAan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static nl.samenboek.domain.Invoerregels.EERSTE_JAAR;

/**
 * The fields of a college's aanvraag before it becomes an opdracht: titel, omschrijving, the gemeenten of the
 * samenwerking it concerns, categorie, soort (maatwerk is for one gemeente), an Iv3 taakveld of 2025, team,
 * begrotingsjaar, geraamde uren, and optionally programma and aanbevelingen of the nota, the herkomst (which decision,
 * motion or law it comes from; a date not in the future) and the opleverdatum, which may lie in the past
 * (docs/glossary.md).
 */
final class Aanvraagregels {

    static final int MAXIMALE_OMSCHRIJVING = 10_000;

    private Aanvraagregels() {
    }

    static void controleer(VraagOpdrachtAan aanvraag, Gemeenteregister register, Iv3Taakvelden taakvelden, LocalDate vandaag) {
        List<String> gemeenten = aanvraag.gemeenten();
        Foutenlijst fouten = new Foutenlijst();
        Invoerregels.verplichteTekst(fouten, "titel", aanvraag.titel(), 200);
        Invoerregels.verplichteTekst(fouten, "omschrijving", aanvraag.omschrijving(), MAXIMALE_OMSCHRIJVING);
        controleerGemeenten(fouten, gemeenten, register);
        fouten.als(aanvraag.categorie() == null, "categorie",
                "is verplicht; toegestaan: beleid, dienstverlening, bedrijfsvoering, crisis");
        if (aanvraag.soort() == null) {
            fouten.voegToe("soort", "is verplicht; toegestaan: standaard, maatwerk");
        } else if (aanvraag.soort() == Soort.MAATWERK && gemeenten != null && gemeenten.size() != 1) {
            fouten.voegToe("soort", "maatwerk is voor precies één gemeente");
            fouten.voegToe("gemeenten", "bij maatwerk precies één gemeente noemen");
        }
        if (aanvraag.taakveld() == null || aanvraag.taakveld().isBlank()) {
            fouten.voegToe("taakveld", "is verplicht (een Iv3-taakveld, bijvoorbeeld 0.1)");
        } else if (!taakvelden.bestaat(aanvraag.taakveld())) {
            fouten.voegToe("taakveld", "'" + aanvraag.taakveld() + "' is geen Iv3-taakveld van 2025");
        }
        Invoerregels.verplichteTekst(fouten, "team", aanvraag.team(), 100);
        Invoerregels.jaar(fouten, "begrotingsjaar", aanvraag.begrotingsjaar(), EERSTE_JAAR);
        Invoerregels.uren(fouten, "geraamdeUren", aanvraag.geraamdeUren(), false, Invoerregels.MAXIMUM_UREN);
        Invoerregels.maximaleLengte(fouten, "programma", aanvraag.programma(), 200);
        Invoerregels.aanbevelingen(fouten, aanvraag.aanbevelingen());
        controleerHerkomst(fouten, aanvraag.herkomst(), vandaag);
        if (aanvraag.opleverdatum() != null) {
            Invoerregels.datum(fouten, "opleverdatum", aanvraag.opleverdatum(), LocalDate.of(Invoerregels.LAATSTE_JAAR, 12, 31));
        }
        fouten.gooiAlsNodig();
    }

    private static void controleerHerkomst(Foutenlijst fouten, Herkomst herkomst, LocalDate vandaag) {
        if (herkomst == null) {
            return;
        }
        if (herkomst.soort() == null || herkomst.soort() == Herkomstsoort.NIET_OPGEGEVEN) {
            fouten.voegToe("herkomst.soort", "is verplicht bij een herkomst; toegestaan: collegebesluit, raadsmotie, amendement, "
                    + "raadstoezegging, wettelijke-taak, coalitieakkoord, bestuursopdracht");
        }
        Invoerregels.maximaleLengte(fouten, "herkomst.kenmerk", herkomst.kenmerk(), 200);
        if (herkomst.datum() != null) {
            Invoerregels.datum(fouten, "herkomst.datum", herkomst.datum(), vandaag);
        }
    }

    private static void controleerGemeenten(Foutenlijst fouten, List<String> gemeenten, Gemeenteregister register) {
        if (gemeenten == null || gemeenten.isEmpty()) {
            fouten.voegToe("gemeenten", "noem ten minste één gemeente");
            return;
        }
        for (String gemeente : gemeenten) {
            if (!register.isBekend(gemeente)) {
                fouten.voegToe("gemeenten", "'" + gemeente + "' is geen gemeente van de samenwerking; bekend: "
                        + String.join(", ", register.codes().stream().sorted().toList()));
                return;
            }
        }
        fouten.als(new HashSet<>(gemeenten).size() != gemeenten.size(), "gemeenten", "noemt een gemeente meer dan eens");
    }
}
