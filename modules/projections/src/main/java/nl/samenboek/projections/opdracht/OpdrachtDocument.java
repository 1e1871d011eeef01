package nl.samenboek.projections.opdracht;

import nl.samenboek.domain.opdracht.Levenscyclus;
import nl.samenboek.messages.Gebeurtenis;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.CapaciteitOverschreden;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtAangevraagd;
import nl.samenboek.messages.opdracht.OpdrachtAfgewezen;
import nl.samenboek.messages.opdracht.OpdrachtGebeurtenis;
import nl.samenboek.messages.opdracht.OpdrachtGewijzigd;
import nl.samenboek.messages.opdracht.OpdrachtIngetrokken;
import nl.samenboek.messages.opdracht.OpdrachtMedeondertekend;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.OutcomeAfgesproken;
import nl.samenboek.messages.opdracht.OutcomeGerapporteerd;
import nl.samenboek.messages.opdracht.OutputAfgesproken;
import nl.samenboek.messages.opdracht.OutputGerealiseerd;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import nl.samenboek.messages.opdracht.UrenGeregistreerd;
import nl.samenboek.messages.opdracht.UrenToegezegd;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An opdracht as the read side shows it, folded from its events. The same fold serves the live projection (stored in
 * MongoDB) and time travel (folded from the event store up to a peilmoment), so both always agree.
 */
@Document("opdrachten")
public class OpdrachtDocument {

    @Id
    private String id;
    private String titel;
    private String omschrijving;
    private String aanvrager;
    @Indexed
    private List<String> gemeenten = new ArrayList<>();
    private Categorie categorie;
    private Soort soort;
    private String taakveld;
    private String team;
    @Indexed
    private int begrotingsjaar;
    private String programma;
    private List<String> aanbevelingen = new ArrayList<>();
    private OpdrachtStatus status;
    private long versie;
    private BigDecimal geraamdeUren;
    private List<String> ondertekend = new ArrayList<>();
    /** The toezegging in force per jaar: a later one for the same jaar replaces the earlier one. */
    private Map<String, Toezegging> toezeggingen = new TreeMap<>();
    private Map<String, BigDecimal> besteedPerJaar = new TreeMap<>();
    /** Registered hours per day (ISO date), so each day's hours can follow the verdeelsleutel in force that day. */
    private Dagboek besteedPerDag = new Dagboek();
    private List<Afspraak> afspraken = new ArrayList<>();
    private List<Overschrijding> overschrijdingen = new ArrayList<>();
    private String afwijzingsreden;
    private String intrekkingsreden;
    private List<Wijziging> wijzigingen = new ArrayList<>();
    private Instant aangevraagdOp;
    private Instant bijgewerktOp;
    /**
     * For time-travel snapshots ({@link Tussenstanden}): the latest recording instant and the latest date any event
     * folded so far is about, and whether both were followed from the first event (a document written before they
     * existed was not). Not part of any answer.
     */
    private Instant laatstVastgelegd;
    private LocalDate geldtTot;
    private boolean vanafHetBeginGevolgd;
    /** The versie of the latest tussenstand stored of this document; bookkeeping of the live projection only. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    private long versieLaatsteTussenstand;

    public record Toezegging(int jaar, BigDecimal uren, Map<String, BigDecimal> verdeling, Instant vastgelegdOp) {
    }

    public record Wijziging(String door, BigDecimal geraamdeUren, String omschrijving, String reden, Instant vastgelegdOp) {
    }

    /** An output or outcome contract with the values measured for it (realisaties, rapportages). */
    public record Afspraak(String id, Resultaatniveau soort, String door, String indicator, String eenheid, BigDecimal streefwaarde,
                           LocalDate meetmoment, String bron, Instant vastgelegdOp, List<Meting> metingen) {

        /** The latest measured value, by the date it is about. */
        public Meting laatsteMeting() {
            return metingen.stream().max(java.util.Comparator.comparing(Meting::peildatum).thenComparing(Meting::vastgelegdOp)).orElse(null);
        }
    }

    public record Meting(BigDecimal waarde, LocalDate peildatum, String toelichting, Instant vastgelegdOp) {
    }

    /** Hours committed beyond the team's plannable capacity, accepted by the directie with a reason. */
    public record Overschrijding(int jaar, BigDecimal boven, String reden, Instant vastgelegdOp) {
    }

    /**
     * Applies one event of this opdracht. Returns false, changing nothing, for an event this document already has
     * (a projection may see an event twice).
     *
     * @param versie the opdracht's versie after the event (its aggregate sequence number + 1)
     */
    public boolean verwerk(Object event, long versie, Instant tijdstip) {
        if (versie <= this.versie) {
            return false;
        }
        if (event instanceof OpdrachtAangevraagd e) {
            id = e.opdrachtId().waarde();
            titel = e.titel();
            omschrijving = e.omschrijving();
            aanvrager = e.aanvrager();
            gemeenten = new ArrayList<>(e.gemeenten());
            categorie = e.categorie();
            soort = e.soort();
            taakveld = e.taakveld();
            team = e.team();
            begrotingsjaar = e.begrotingsjaar();
            programma = e.programma();
            aanbevelingen = new ArrayList<>(e.aanbevelingen());
            geraamdeUren = e.geraamdeUren();
            ondertekend = new ArrayList<>(List.of(e.aanvrager()));
            aangevraagdOp = tijdstip;
        } else if (event instanceof OpdrachtMedeondertekend e) {
            ondertekend.add(e.gemeente());
        } else if (event instanceof OpdrachtAfgewezen e) {
            afwijzingsreden = e.reden();
        } else if (event instanceof UrenToegezegd e) {
            toezeggingen.put(String.valueOf(e.jaar()), new Toezegging(e.jaar(), e.uren(), e.verdeling(), tijdstip));
        } else if (event instanceof UrenGeregistreerd e) {
            besteedPerJaar.merge(String.valueOf(e.datum().getYear()), e.uren(), BigDecimal::add);
            besteedPerDag.boek(e.datum(), e.uren());
        } else if (event instanceof OutputAfgesproken e) {
            afspraken.add(new Afspraak(e.afspraakId(), Resultaatniveau.OUTPUT, e.door(), e.indicator(), e.eenheid(), e.streefwaarde(),
                    e.meetmoment(), e.bron(), tijdstip, new ArrayList<>()));
        } else if (event instanceof OutcomeAfgesproken e) {
            afspraken.add(new Afspraak(e.afspraakId(), Resultaatniveau.OUTCOME, e.door(), e.indicator(), e.eenheid(), e.streefwaarde(),
                    e.meetmoment(), e.bron(), tijdstip, new ArrayList<>()));
        } else if (event instanceof OutputGerealiseerd e) {
            meet(e.afspraak(), new Meting(e.waarde(), e.peildatum(), e.toelichting(), tijdstip));
        } else if (event instanceof OutcomeGerapporteerd e) {
            meet(e.afspraak(), new Meting(e.waarde(), e.peildatum(), e.toelichting(), tijdstip));
        } else if (event instanceof CapaciteitOverschreden e) {
            overschrijdingen.add(new Overschrijding(e.jaar(), e.boven(), e.reden(), tijdstip));
        } else if (event instanceof OpdrachtGewijzigd e) {
            if (e.geraamdeUren() != null) {
                geraamdeUren = e.geraamdeUren();
            }
            if (e.omschrijving() != null) {
                omschrijving = e.omschrijving();
            }
            wijzigingen.add(new Wijziging(e.door(), e.geraamdeUren(), e.omschrijving(), e.reden(), tijdstip));
        } else if (event instanceof OpdrachtIngetrokken e) {
            intrekkingsreden = e.reden();
        }
        if (event instanceof OpdrachtGebeurtenis gebeurtenis) {
            status = Levenscyclus.na(status, gebeurtenis, ondertekend, gemeenten);
        }
        this.versie = versie;
        this.bijgewerktOp = tijdstip;
        volg(event, versie, tijdstip);
        return true;
    }

    private void volg(Object event, long versie, Instant tijdstip) {
        if (versie == 1) {
            vanafHetBeginGevolgd = true;
        }
        LocalDate over = Peilmoment.geldtVanaf(tijdstip, event instanceof Gebeurtenis g ? g.geldtVanaf() : null);
        laatstVastgelegd = laatstVastgelegd == null || tijdstip.isAfter(laatstVastgelegd) ? tijdstip : laatstVastgelegd;
        geldtTot = geldtTot == null || over.isAfter(geldtTot) ? over : geldtTot;
    }

    /** Whether every event folded into this document is known: it was followed from its first event on. */
    boolean isVanafHetBeginGevolgd() {
        return vanafHetBeginGevolgd;
    }

    /** The latest instant at which any event folded into this document was recorded. */
    Instant laatstVastgelegd() {
        return laatstVastgelegd;
    }

    /** The latest date any event folded into this document is about (its recording day when it names none). */
    LocalDate geldtTot() {
        return geldtTot;
    }

    long versieLaatsteTussenstand() {
        return versieLaatsteTussenstand;
    }

    void tussenstandBewaard() {
        versieLaatsteTussenstand = versie;
    }

    private void meet(String afspraak, Meting meting) {
        afspraken.stream().filter(a -> a.id().equals(afspraak)).findFirst().ifPresent(a -> a.metingen().add(meting));
    }

    public Niveau niveau() {
        return Niveau.bepaal(afspraken.stream().anyMatch(a -> a.soort() == Resultaatniveau.OUTCOME),
                afspraken.stream().anyMatch(a -> a.soort() == Resultaatniveau.OUTPUT), toegezegdeUren().signum() > 0);
    }

    /** The toezegging in force for the jaar, if any. */
    public java.util.Optional<Toezegging> toezegging(int jaar) {
        return java.util.Optional.ofNullable(toezeggingen.get(String.valueOf(jaar)));
    }

    public BigDecimal besteedIn(int jaar) {
        return besteedPerJaar.getOrDefault(String.valueOf(jaar), BigDecimal.ZERO);
    }

    /** Whether the opdracht counts in the jaar: budgeted for it, hours committed for it, or hours registered in it. */
    public boolean speeltIn(int jaar) {
        return begrotingsjaar == jaar || toezeggingen.containsKey(String.valueOf(jaar)) || besteedPerJaar.containsKey(String.valueOf(jaar));
    }

    public BigDecimal toegezegdeUren() {
        return toezeggingen.values().stream().map(Toezegging::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal besteedUren() {
        return besteedPerJaar.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean betreft(String gemeente) {
        return gemeenten.contains(gemeente);
    }

    public String getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getAanvrager() {
        return aanvrager;
    }

    public List<String> getGemeenten() {
        return gemeenten;
    }

    public Categorie getCategorie() {
        return categorie;
    }

    public Soort getSoort() {
        return soort;
    }

    public String getTaakveld() {
        return taakveld;
    }

    public String getTeam() {
        return team;
    }

    public int getBegrotingsjaar() {
        return begrotingsjaar;
    }

    public String getProgramma() {
        return programma;
    }

    public List<String> getAanbevelingen() {
        return aanbevelingen;
    }

    public OpdrachtStatus getStatus() {
        return status;
    }

    public long getVersie() {
        return versie;
    }

    public BigDecimal getGeraamdeUren() {
        return geraamdeUren;
    }

    public List<String> getOndertekend() {
        return ondertekend;
    }

    public Map<String, Toezegging> getToezeggingen() {
        return toezeggingen;
    }

    public Map<String, BigDecimal> getBesteedPerJaar() {
        return besteedPerJaar;
    }

    public String getAfwijzingsreden() {
        return afwijzingsreden;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public List<Wijziging> getWijzigingen() {
        return wijzigingen;
    }

    public Dagboek getBesteedPerDag() {
        return besteedPerDag;
    }

    public List<Afspraak> getAfspraken() {
        return afspraken;
    }

    public List<Overschrijding> getOverschrijdingen() {
        return overschrijdingen;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public Instant getBijgewerktOp() {
        return bijgewerktOp;
    }
}
