package nl.samenboek.projections.pcdocument;

import nl.samenboek.projections.aanbeveling.Aanbevelingen;
import nl.samenboek.projections.capaciteit.Capaciteit;
import nl.samenboek.projections.groeimodel.Groeimodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The HLTsamen paragraph of one P&C document of one gemeente and jaar, built from the read models only, with the
 * provenance an auditor needs to tie a printed document to the exact ledger state it was built from. The same
 * parameters give the same document, byte for byte.
 *
 * @param bekendOp  the instant the ledger state is taken at: the one asked for, else the newest entry of the grootboek
 * @param grootboek   the head of the gemeente's grootboek at bekendOp
 * @param perHerkomst the gemeente's hours by herkomst (raadsmotie, wettelijke taak…), every herkomst named
 * @param gezamenlijkeBijeenkomsten the joint meetings of the raden in the jaar's P&C cycle (nota, aanbeveling E) that the
 *                                  gemeente takes part in, held or planned, oldest first
 * @param budget      the gemeente's bijdrage against its kosten, per budget line; null when it has no budget for the jaar
 * @param jaarschijven in the begroting the begrotingsjaar and the three years after it; empty in the other soorten
 * @param formatie    every team's formatie of the jaar beside its werkplan's capaciteit
 */
public record PcDocument(String gemeente, String gemeenteNaam, int jaar, Documentsoort soort, String titel, String doel,
                         LocalDate peildatum, Instant bekendOp, Grootboekkop grootboek, Totalen totalen,
                         List<Opdrachtregel> opdrachten, List<Groepregel> perProgramma, List<Groepregel> perTaakveld,
                         List<Groepregel> perCategorie, List<Afspraakregel> afspraken, Groeimodel groeimodel,
                         Capaciteitsregel capaciteit, List<Agendaregel> uitvoeringsagenda, List<Afwijking> afwijkingen,
                         Map<String, Capaciteit.Uren> perHerkomst, List<Bijeenkomstregel> gezamenlijkeBijeenkomsten,
                         Budgetstand budget, List<Jaarschijf> jaarschijven, List<Formatieregel> formatie) {

    /**
     * The gemeente's bijdrage held against its kosten (docs/pc-documenten.md, budget).
     *
     * @param kosten        the gemeente's attributed hours × afdelingstarief, by {@code grondslag}
     * @param saldo         bijdrage − kosten: positive is an underspend
     * @param meerwerk      the kosten beyond the budget lines' amounts, summed over the lines (BUCH: work paid extra);
     *                      without lines, the kosten beyond the bijdrage
     * @param grondslag     {@code toegezegd} (begroting, voorjaarsnota, najaarsnota: the hours committed for the year) or
     *                      {@code besteed} (jaarrekening: the hours spent)
     * @param perBudgetlijn per line: empty without lines
     */
    public record Budgetstand(BigDecimal bijdrage, BigDecimal kosten, BigDecimal saldo, BigDecimal meerwerk, String grondslag,
                              Map<String, Budgetlijnstand> perBudgetlijn) {
    }

    /**
     * @param fractie  the line's fraction of the bijdrage
     * @param bedrag   the bijdrage × fractie, to the cent (largest remainder over the lines)
     * @param kosten   the kosten of the work charged to this line
     * @param saldo    bedrag − kosten
     * @param meerwerk the kosten beyond the bedrag (0 when within)
     */
    public record Budgetlijnstand(BigDecimal fractie, BigDecimal bedrag, BigDecimal kosten, BigDecimal saldo, BigDecimal meerwerk) {
    }

    /** One year of the meerjarenraming: the gemeente's toegezegde and geraamde uren, and the kosten of the toegezegde. */
    public record Jaarschijf(int jaar, BigDecimal toegezegdeUren, BigDecimal geraamdeUren, BigDecimal kosten) {
    }

    /**
     * A team's formatie of the jaar beside its werkplan.
     *
     * @param beschikbareUren    (fte − vacaturesFte) × urenPerFte + inhuurUren
     * @param werkplanCapaciteit the capaciteit of the team's werkplan; null without one
     */
    public record Formatieregel(String team, BigDecimal fte, BigDecimal vacaturesFte, BigDecimal inhuurUren, BigDecimal urenPerFte,
                                BigDecimal beschikbareUren, BigDecimal werkplanCapaciteit) {
    }

    public record Grootboekkop(long aantal, String hoofdHash) {
    }

    /** The gemeente's attributed hours and their costs (uren × afdelingstarief: insight, not an invoice). */
    public record Totalen(BigDecimal geraamdeUren, BigDecimal toegezegdeUren, BigDecimal besteedUren, BigDecimal kosten,
                          BigDecimal besteedKosten) {
    }

    public record Opdrachtregel(String id, String titel, String programma, String taakveld, String taakveldNaam, String categorie,
                                String soort, String niveau, String status, BigDecimal geraamdeUren, BigDecimal toegezegdeUren,
                                BigDecimal besteedUren, BigDecimal kosten) {
    }

    public record Groepregel(String code, String omschrijving, int opdrachten, BigDecimal geraamdeUren, BigDecimal toegezegdeUren,
                             BigDecimal besteedUren, BigDecimal kosten) {
    }

    /** @param afwijking (realisatie − streefwaarde) ÷ streefwaarde, or null without a realisatie or with streefwaarde 0 */
    public record Afspraakregel(String opdracht, String opdrachtTitel, String soort, String indicator, String eenheid,
                                BigDecimal streefwaarde, LocalDate meetmoment, String bron, BigDecimal realisatie,
                                LocalDate realisatiedatum, BigDecimal afwijking, String toelichting) {
    }

    public record Capaciteitsregel(BigDecimal toegezegdeUren, BigDecimal besteedUren, BigDecimal kosten, BigDecimal aandeelUren,
                                  BigDecimal verdeelsleutelAandeel, BigDecimal afwijking, BigDecimal standaardUren,
                                  BigDecimal maatwerkUren, BigDecimal aandeelMaatwerk) {
    }

    /** For a recommendation each gemeente realises for itself, {@code status} and {@code laatsteVoortgang} are the gemeente's own. */
    public record Agendaregel(String letter, String titel, String categorie, LocalDate deadline, String status,
                              Aanbevelingen.Voortgang laatsteVoortgang) {
    }

    /**
     * A joint meeting of the raden in the P&C cycle of the jaar (one calendar year, docs/uitvoeringsagenda.md).
     *
     * @param status    gepland or gehouden on the peildatum
     * @param pcMoment  the P&C document it belongs to; null when none was given
     * @param voltallig whether every gemeente of the samenwerking took part (only then it counts for aanbeveling E)
     */
    public record Bijeenkomstregel(String id, LocalDate datum, String status, String pcMoment, String onderwerp, boolean voltallig) {
    }

    /**
     * A deviation of more than 10 %: of hours (soort {@code uren}) or of a measured result (soort {@code resultaat}).
     *
     * @param afwijking (werkelijk − verwacht) ÷ verwacht
     */
    public record Afwijking(String soort, String opdracht, String titel, String omschrijving, BigDecimal verwacht,
                            BigDecimal werkelijk, BigDecimal afwijking, String toelichting) {
    }
}
