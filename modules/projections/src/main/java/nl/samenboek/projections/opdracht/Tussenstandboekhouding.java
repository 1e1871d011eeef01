package nl.samenboek.projections.opdracht;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What {@link Tussenstanden} needs to know about a folded opdracht, kept beside the opdracht's own fields and never
 * part of an answer: the latest instant any event folded so far was recorded, the latest date any of them is about,
 * whether both were followed from the first event (a document written before they existed was not), and the versie
 * of the latest tussenstand stored. Stored flat in the opdracht's MongoDB document and in a tussenstand's JSON, under
 * the names these fields had when they were fields of {@link OpdrachtDocument}.
 */
class Tussenstandboekhouding {

    private Instant laatstVastgelegd;
    private LocalDate geldtTot;
    private boolean vanafHetBeginGevolgd;
    /** Bookkeeping of the live projection only: a tussenstand does not carry it. */
    @JsonIgnore
    private long versieLaatsteTussenstand;

    /**
     * Notes an event folded into the document.
     *
     * @param over the date the event is about (its recording day when it names none)
     */
    void volg(long versie, Instant tijdstip, LocalDate over) {
        if (versie == 1) {
            vanafHetBeginGevolgd = true;
        }
        laatstVastgelegd = laatstVastgelegd == null || tijdstip.isAfter(laatstVastgelegd) ? tijdstip : laatstVastgelegd;
        geldtTot = geldtTot == null || over.isAfter(geldtTot) ? over : geldtTot;
    }

    /** Whether every event folded into the document is known: it was followed from its first event on. */
    boolean isVanafHetBeginGevolgd() {
        return vanafHetBeginGevolgd;
    }

    /** The latest instant at which any event folded into the document was recorded. */
    Instant laatstVastgelegd() {
        return laatstVastgelegd;
    }

    /** The latest date any event folded into the document is about (its recording day when it names none). */
    LocalDate geldtTot() {
        return geldtTot;
    }

    long versieLaatsteTussenstand() {
        return versieLaatsteTussenstand;
    }

    void tussenstandBewaard(long versie) {
        versieLaatsteTussenstand = versie;
    }
}
