package nl.samenboek.projections.opdracht;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.samenboek.messages.Peilmoment;
import nl.samenboek.messages.opdracht.Categorie;
import nl.samenboek.messages.opdracht.Herkomst;
import nl.samenboek.messages.opdracht.Niveau;
import nl.samenboek.messages.opdracht.OpdrachtStatus;
import nl.samenboek.messages.opdracht.Prioriteit;
import nl.samenboek.messages.opdracht.Resultaatniveau;
import nl.samenboek.messages.opdracht.Soort;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An opdracht as the read side keeps it: a document of the {@code opdrachten} collection in MongoDB, and as JSON a
 * {@link Tussenstanden tussenstand}. Only {@link Opdrachtverloop} writes it, from the opdracht's events; everything
 * else reads. The field names are the stored form: renaming one means rebuilding the read model. A document written
 * before registered hours were split by the verdeelsleutel of their year still has {@code besteedPerDag}; it is left
 * unread.
 */
@Document("opdrachten")
@JsonIgnoreProperties({"besteedPerDag"})
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
    /** The number of the latest event folded in (the opdracht's aggregate sequence number + 1). */
    private long versie;
    private BigDecimal geraamdeUren;
    private List<String> ondertekend = new ArrayList<>();
    /** The toezegging in force per jaar: a later one for the same jaar replaces the earlier one. */
    private Map<String, Toezegging> toezeggingen = new TreeMap<>();
    /** Registered hours per jaar, corrections included. */
    private Map<String, BigDecimal> besteedPerJaar = new TreeMap<>();
    private List<Correctie> correcties = new ArrayList<>();
    private List<Afspraak> afspraken = new ArrayList<>();
    private List<Overschrijding> overschrijdingen = new ArrayList<>();
    private String afwijzingsreden;
    private String intrekkingsreden;
    private List<Wijziging> wijzigingen = new ArrayList<>();
    /** Null for an opdracht requested before herkomst existed, or without one. */
    private Herkomst herkomst;
    private LocalDate opleverdatum;
    /** Null until the bestuur gives one: then {@code normaal}. */
    private Prioriteit prioriteit;
    /** For sorting lists, hoog first: 0 hoog, 1 normaal, 2 laag (the enum's order). */
    @Indexed
    private int prioriteitsrang = Prioriteit.NORMAAL.ordinal();
    private List<Prioritering> prioriteringen = new ArrayList<>();
    private Weigering weigering;
    /** Null unless the bestuur marked it a sleutelproject; left out of a stored copy then, as copies from before it have none. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private Sleutelproject sleutelproject;
    /** The day (Europe/Amsterdam) the directie completed it. */
    private LocalDate geleverdOp;
    private Instant aangevraagdOp;
    private Instant bijgewerktOp;
    /** Not the opdracht's: where the fold stands, for {@link Tussenstanden}. Stored as fields of this document. */
    @Unwrapped.Empty
    @JsonUnwrapped
    private Tussenstandboekhouding tussenstandboekhouding = new Tussenstandboekhouding();

    public record Toezegging(int jaar, BigDecimal uren, Map<String, BigDecimal> verdeling, Instant vastgelegdOp) {
    }

    public record Wijziging(String door, BigDecimal geraamdeUren, String omschrijving, String reden, Instant vastgelegdOp) {
    }

    /**
     * An output or outcome contract with the values measured for it (realisaties, rapportages), its changes and, once
     * withdrawn, its intrekking; {@code streefwaarde} and {@code meetmoment} are the ones in force.
     */
    public record Afspraak(String id, Resultaatniveau soort, String door, String indicator, String eenheid, BigDecimal streefwaarde,
                           LocalDate meetmoment, String bron, Instant vastgelegdOp, List<Meting> metingen,
                           List<Afspraakwijziging> wijzigingen, Intrekking intrekking) {

        public Afspraak {
            wijzigingen = wijzigingen == null ? new ArrayList<>() : wijzigingen;
        }

        /** The latest measured value, by the date it is about. */
        public Meting laatsteMeting() {
            return metingen.stream().max(Comparator.comparing(Meting::peildatum).thenComparing(Meting::vastgelegdOp)).orElse(null);
        }

        /** Whether it is in force: not withdrawn. */
        public boolean geldt() {
            return intrekking == null;
        }

        Afspraak gewijzigd(Afspraakwijziging wijziging) {
            List<Afspraakwijziging> alle = new ArrayList<>(wijzigingen);
            alle.add(wijziging);
            return new Afspraak(id, soort, door, indicator, eenheid,
                    wijziging.streefwaarde() == null ? streefwaarde : wijziging.streefwaarde(),
                    wijziging.meetmoment() == null ? meetmoment : wijziging.meetmoment(), bron, vastgelegdOp, metingen, alle, intrekking);
        }

        Afspraak ingetrokken(Intrekking intrekking) {
            return new Afspraak(id, soort, door, indicator, eenheid, streefwaarde, meetmoment, bron, vastgelegdOp, metingen, wijzigingen,
                    intrekking);
        }
    }

    /** A change of an afspraak by the college that agreed it: the new streefwaarde or meetmoment (null: unchanged). */
    public record Afspraakwijziging(String door, BigDecimal streefwaarde, LocalDate meetmoment, String reden, Instant vastgelegdOp) {
    }

    public record Intrekking(String door, String reden, Instant vastgelegdOp) {
    }

    /** A registration corrected: its hours from {@code vorigeUren} to {@code uren}, about the registration's day. */
    public record Correctie(long registratie, LocalDate datum, BigDecimal vorigeUren, BigDecimal uren, String reden, Instant vastgelegdOp) {
    }

    /** A priority the bestuur gave, with its reason. */
    public record Prioritering(Prioriteit prioriteit, String reden, Instant vastgelegdOp) {
    }

    /** A key project (nota, aanbeveling C) with the criteria it is evaluated against, fixed from {@code vastgelegdOp} on. */
    public record Sleutelproject(List<String> criteria, Instant vastgelegdOp) {
    }

    /** Another concerned college refused to co-sign. */
    public record Weigering(String gemeente, String reden, Instant vastgelegdOp) {
    }

    public record Meting(BigDecimal waarde, LocalDate peildatum, String toelichting, Instant vastgelegdOp) {
    }

    /** Hours committed beyond the team's plannable capacity, accepted by the directie with a reason. */
    public record Overschrijding(int jaar, BigDecimal boven, String reden, Instant vastgelegdOp) {
    }

    // What follows from the fields: the questions the views ask of an opdracht.

    /** The contract level, from the afspraken in force (a withdrawn one no longer counts). */
    public Niveau niveau() {
        return Niveau.bepaal(afspraken.stream().anyMatch(a -> a.geldt() && a.soort() == Resultaatniveau.OUTCOME),
                afspraken.stream().anyMatch(a -> a.geldt() && a.soort() == Resultaatniveau.OUTPUT), toegezegdeUren().signum() > 0);
    }

    /** The herkomst, or {@code niet-opgegeven} when the aanvraag named none. */
    public Herkomst herkomstOfNietOpgegeven() {
        return herkomst == null ? Herkomst.NIET_OPGEGEVEN : herkomst;
    }

    public Prioriteit prioriteitOfNormaal() {
        return prioriteit == null ? Prioriteit.NORMAAL : prioriteit;
    }

    /** Delivered on time: true or false once afgerond with an opleverdatum, else null. */
    public Boolean tijdig() {
        return geleverdOp == null || opleverdatum == null ? null : !geleverdOp.isAfter(opleverdatum);
    }

    /** Open (not in an end status) and past its opleverdatum on the peildatum. */
    public boolean isTeLaat(LocalDate peildatum) {
        return opleverdatum != null && status != null && !status.isEindstatus() && peildatum.isAfter(opleverdatum);
    }

    /** The toezegging in force for the jaar, if any. */
    public Optional<Toezegging> toezegging(int jaar) {
        return Optional.ofNullable(toezeggingen.get(String.valueOf(jaar)));
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

    Tussenstandboekhouding tussenstandboekhouding() {
        return tussenstandboekhouding;
    }

    // The fields, read by everyone. The collections are the document's own: only Opdrachtverloop changes them.

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

    public List<Correctie> getCorrecties() {
        return correcties;
    }

    public Herkomst getHerkomst() {
        return herkomst;
    }

    public LocalDate getOpleverdatum() {
        return opleverdatum;
    }

    public Prioriteit getPrioriteit() {
        return prioriteit;
    }

    public Sleutelproject getSleutelproject() {
        return sleutelproject;
    }

    void setSleutelproject(Sleutelproject sleutelproject) {
        this.sleutelproject = sleutelproject;
    }

    public List<Prioritering> getPrioriteringen() {
        return prioriteringen;
    }

    public Weigering getWeigering() {
        return weigering;
    }

    public LocalDate getGeleverdOp() {
        return geleverdOp;
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

    // Written by Opdrachtverloop only.

    void setId(String id) {
        this.id = id;
    }

    void setTitel(String titel) {
        this.titel = titel;
    }

    void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    void setAanvrager(String aanvrager) {
        this.aanvrager = aanvrager;
    }

    void setGemeenten(List<String> gemeenten) {
        this.gemeenten = gemeenten;
    }

    void setCategorie(Categorie categorie) {
        this.categorie = categorie;
    }

    void setSoort(Soort soort) {
        this.soort = soort;
    }

    void setTaakveld(String taakveld) {
        this.taakveld = taakveld;
    }

    void setTeam(String team) {
        this.team = team;
    }

    void setBegrotingsjaar(int begrotingsjaar) {
        this.begrotingsjaar = begrotingsjaar;
    }

    void setProgramma(String programma) {
        this.programma = programma;
    }

    void setAanbevelingen(List<String> aanbevelingen) {
        this.aanbevelingen = aanbevelingen;
    }

    void setStatus(OpdrachtStatus status) {
        this.status = status;
    }

    void setVersie(long versie) {
        this.versie = versie;
    }

    void setGeraamdeUren(BigDecimal geraamdeUren) {
        this.geraamdeUren = geraamdeUren;
    }

    void setOndertekend(List<String> ondertekend) {
        this.ondertekend = ondertekend;
    }

    void setAfwijzingsreden(String afwijzingsreden) {
        this.afwijzingsreden = afwijzingsreden;
    }

    void setIntrekkingsreden(String intrekkingsreden) {
        this.intrekkingsreden = intrekkingsreden;
    }

    void setAangevraagdOp(Instant aangevraagdOp) {
        this.aangevraagdOp = aangevraagdOp;
    }

    void setBijgewerktOp(Instant bijgewerktOp) {
        this.bijgewerktOp = bijgewerktOp;
    }

    void setHerkomst(Herkomst herkomst) {
        this.herkomst = herkomst;
    }

    void setOpleverdatum(LocalDate opleverdatum) {
        this.opleverdatum = opleverdatum;
    }

    void setPrioriteit(Prioriteit prioriteit) {
        this.prioriteit = prioriteit;
        this.prioriteitsrang = prioriteit.ordinal();
    }

    void setWeigering(Weigering weigering) {
        this.weigering = weigering;
    }

    void setGeleverdOp(LocalDate geleverdOp) {
        this.geleverdOp = geleverdOp;
    }
}
